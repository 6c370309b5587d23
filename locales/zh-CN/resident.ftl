## 居民机器人
start-welcome =
    您好{ $name ->
        [none] {""}
       *[other] ，{ $name }
    }！我负责为云阳县人大代表之家、代表工作室和“渝事好商量”民生议事厅收集群众的意见和建议。

    有什么烦心事，直接用自己的话告诉我就行，比如：<i>“凤鸣镇到县城的公交车太少了。”</i>我只会问缺少的信息，发出前先请您确认，之后每一步进展都会告诉您。
help-resident =
    <b>使用说明</b>
    随时用自己的话写下您遇到的问题。我会判断地点和类别，只问缺少的信息，请您确认后一键提交。提交后您会收到一个简短的编号，每一步进展都会通知您。

    /new — 重新开始一条意见
    /my — 我的意见及办理进度
    /status <i>编号</i> — 查询某条意见的进度
    /cancel — 放弃正在填写的草稿
    /lang — 切换语言
    /privacy — 我们保存什么、谁能看到
    /forget — 删除我的个人信息
    /help — 显示本说明
draft-waiting = 您还有一条没写完的意见，可以接着写；想重新开始请发送 /new。
not-a-suggestion = 您好！请用自己的话说说遇到了什么问题、在什么地方。比如：<i>“双江街道滨江路的路灯坏了一个星期了。”</i>
ask-text = 请问是什么事情？用几句话说说遇到的问题吧。
ask-more-text = 请写下想补充的内容，我会添加到这条意见里。
ask-place = 这件事发生在哪里？请点选所在的镇或街道，也可以直接打字告诉我。
ask-place-model = { $question }
ask-place-which = 您的消息提到了{ $places }，这件事是在哪一处？请点选，也可以直接打字告诉我。
ask-place-pin = 收到定位，工作人员能看到具体位置。为了转给对应的工作室，请再点选它所在的镇或街道，也可以直接打字。
button-pin-not-sure = 不确定，请按定位判断
ask-topic = 这件事主要属于哪一类？请点选最接近的类别。
ask-topic-model = { $question }
place-button = { $name }
button-not-sure = 不确定
button-other-place = 其他地方
ask-attachments = 附上一张照片或一个位置，能帮代表更快了解情况。可以现在发照片，或点下面的按钮发送位置；不需要的话点“跳过”。
kb-share-location = 📍 发送我的位置
kb-skip = 跳过
ask-contact =
    代表需要时可以联系您吗？点下面的<b>“分享我的手机号”</b>，或者选择匿名。

    如果分享，只有县里的工作人员和负责这件事的代表能看到您的姓名和号码。选择匿名的话，系统之外没有人知道您是谁，您照样会在这里收到每一步进展。
kb-share-contact = 📱 分享我的手机号
kb-anonymous = 匿名提交
contact-thanks = 谢谢！您的号码只会给县里的工作人员和负责这件事的代表看到。
contact-saved = 谢谢，号码已保存。只有您选择分享的意见才会附上它。
contact-not-own = 请用下面的按钮分享<b>您自己的</b>号码，而不是别人的名片。
anonymous-ok = 好的，这条意见不会附上您的姓名和号码。
ok = 好的。
review-card =
    <b>提交前请核对</b>

    <b>摘要：</b>{ $summary }
    <b>地点：</b>{ $place ->
        [unknown] 未填写（工作人员会询问或确定）
       *[other] { $place }
    }
    <b>类别：</b>{ $topic }
    <b>转交：</b>{ $target ->
        [undecided] 由县里工作人员确定
       *[other] { $target }
    }
    <b>照片：</b>{ $photos } 张 · <b>位置：</b>{ $location ->
        [yes] 有
       *[no] 无
    }
    <b>联系方式：</b>{ $contact ->
        [anonymous] 匿名
       *[other] { $contact }（仅工作人员和承办代表可见）
    }

    <b>您的原话：</b>
    <i>{ $text }</i>
button-submit = ✅ 提交
button-edit = ✏️ 修改
button-cancel = ✖️ 取消
edit-menu = 您想修改哪一项？
button-edit-place = 地点
button-edit-topic = 类别
button-edit-text = 补充内容
button-edit-contact = 联系方式
button-back = ← 返回核对
ask-what-happened = { $place ->
    [county] 请问发生了什么事？用几句话说说遇到的问题吧。
   *[other] 请问{ $place }发生了什么事？用几句话说说遇到的问题吧。
}
answer-or-draft = 代表正在等您回答关于 <code>{ $code }</code> 的问题，您也有一条还没提交的意见。这条消息是给代表的回答吗？
button-answer-deputy = 是，转给代表
button-add-to-draft = 不是，补充到新意见
correction-applied = 已更正。
draft-extended = 已补充到这条意见里。
photo-added = 照片已附上（{ $count }/{ $max }）。
photo-limit = 每条意见最多附 { $max } 张照片。
location-added = 位置已附上。
location-place = 位置已附上。定位在{ $place }，就按{ $place }转交；地点不对的话，可以在确认时点“修改”→“地点”。
submitted =
    ✅ <b>提交成功！</b>您的意见编号是 <code>{ $code }</code>。

    <b>摘要：</b>{ $summary }
    <b>地点：</b>{ $place ->
        [unknown] 未填写
       *[other] { $place }
    }
    <b>类别：</b>{ $topic }

    接下来：县里的工作人员会尽快查看（一般一个工作日内），并转交给{ $target ->
        [undecided] 相关代表
       *[other] { $target }
    }。每一步进展都会在这里通知您，也可以随时发送 /status { $code } 查询。
items-limit = 您今天提交的意见已达到上限。草稿已为您保留，请明天再提交。
rate-limited = 您发消息有点快，请稍等一分钟再继续——已经写的内容不会丢失。
text-too-long = 这条消息有 { $length } 个字，一次最多只能接收 { $max } 个字。请分成几条发送，每一条都会添加到这条意见里。
item-too-long = 这条意见已经很长了（超过 { $max } 字）。请先提交，其他事情另起一条。
unsupported = 抱歉，我只能读取文字、照片和位置。请用文字写下来发给我。
unsupported-voice = 抱歉，我暂时听不了语音和视频消息。请把想说的话打字发给我。
button-expired = 这个按钮属于之前的消息，已经失效了。请使用最新的消息。
unknown-command = 我不认识这个命令。发送 /help 查看我能做什么。
new-started = 好的，重新开始。请用自己的话说说遇到了什么问题。
cancelled = 草稿已放弃。想重新开始时随时给我发消息。
nothing-to-cancel = 没有可以取消的内容——您没有未完成的意见。
lang-choose = 请选择语言：
lang-name-zh-CN = 简体中文
lang-name-zh-TW = 繁體中文
lang-name-en = English
lang-set = 好的，之后我会用简体中文和您交流。
my-empty = 您还没有提交过意见。直接给我发消息就可以开始。
my-items = <b>我的意见</b>（{ $count } 条）：
my-item-line = • <code>{ $code }</code> { $status ->
        [new] 等待审核
        [forwarded] 已转交代表
        [accepted] 正在办理
        [answered] 已答复
        [closed] 已办结
        [rejected] 未予受理
       *[merged] 已合并
    } — { $summary }
status-usage = 请在 /status 后面加上意见编号，例如 <code>/status K7M3QX</code>。发送 /my 可查看您的全部意见。
status-not-found = 在您的意见中没有找到编号 <code>{ $code }</code>。请核对编号，或发送 /my 查看全部意见。
status-item =
    <b>意见 <code>{ $code }</code></b>
    { $summary }

    <b>进度：</b>{ $status ->
        [new] 等待县里工作人员审核
        [forwarded] 已转交代表，等待代表受理
        [accepted] 代表正在办理
        [answered] 已答复——请为答复打分
        [closed] 已办结
        [rejected] 未予受理
       *[merged] 已与类似意见合并
    }
    <b>承办：</b>{ $target ->
        [undecided] 待县里工作人员确定
       *[other] { $target }
    }{ $answer ->
        [none] {""}
       *[other] {"\u000A"}<b>答复：</b>{ $answer }
    }{ $rating ->
        [none] {""}
       *[other] {"\u000A"}<b>您的评价：</b> { $rating } / 5
    }

privacy =
    <b>我们保存什么、谁能看到</b>

    • <b>为了和您联系：</b>您的 Telegram 用户 ID 和会话 ID、名字以及使用的语言。回复您、通知您办理进度都需要用到。
    • <b>您的意见：</b>您写的内容、照片、位置、地点和类别，以及每一步办理记录。
    • <b>您的手机号：</b>只有在您为某条意见选择分享时才会保存。
    • <b>未完成的草稿</b>在 72 小时无操作后自动删除。

    <b>谁能看到：</b>县里的工作人员能看到您的意见，以及您分享过的姓名和号码。承办代表能看到意见内容；只有您选择分享时才能看到您的姓名和号码，永远看不到您的 Telegram 账号。读取全县统计数据的系统只能看到不含任何个人身份的意见。

    发送 /forget 会删除您的联系方式、名字和与本会话的关联，并抹去您所有意见中的个人身份（意见本身会以匿名方式保留，以便县里继续跟进办理）。
forget-confirm = 这将删除您的手机号、名字和与本会话的关联，并抹去您所有意见中的个人身份，之后您将不再收到这些意见的进展通知。确定吗？
button-forget-yes = 确定删除
button-forget-no = 不，保留
forget-done = 已完成。您的个人信息已删除，{ $count } 条意见已转为匿名。如果再次发消息，我们会重新开始。
forget-cancelled = 没有删除任何内容。
reply-prompt = 请写下对代表关于意见 <code>{ $code }</code> 所提问题的回复，您的下一条消息会转给代表。
reply-relayed = 谢谢！您关于 <code>{ $code }</code> 的回复已转给代表。
reply-relayed-staff = 谢谢！您关于 <code>{ $code }</code> 的回复已转给县里的工作人员。
item-closed-for-replies = 意见 <code>{ $code }</code> 已办结，不能再补充回复。如有新情况，请直接给我发消息另起一条。
rating-not-open = 意见 <code>{ $code }</code> 现在不能评价。
rated-thanks = 感谢您对 <code>{ $code }</code> 的答复打分：{ $rating } 分（满分 5 分）。这条意见已办结。
rated-thanks-follower = 感谢您对 <code>{ $code }</code> 的答复打分：{ $rating } 分（满分 5 分）。
reopen-not-possible = 意见 <code>{ $code }</code> 现在不能重新办理。
reopened = 意见 <code>{ $code }</code> 已作为“问题未解决”退回给代表，有进展会通知您。
me-too-offer = 提交之前：下面{ $count ->
        [one] 这条意见
       *[other] 这些意见
    }已由其他居民提出，看起来和您说的是同一件事。是您要反映的吗？加入后您的话会附在这条意见上，之后的每一步进展和答复您都会收到。
me-too-card = • <code>{ $code }</code> { $summary }
    { $status ->
        [new] 等待审核
        [forwarded] 已转交代表
        [accepted] 正在办理
       *[answered] 已答复
    } · 转交{ $target ->
        [undecided] 由县里工作人员确定
       *[other] { $target }
    } · { $support } 位居民反映
button-me-too = 🙋 这也是我的事：{ $code }
button-not-mine = 不是，我说的是另一件事
me-too-joined =
    ✅ <b>您已加入意见 <code>{ $code }</code></b>：{ $summary }

    没有另建新意见；您的话已附在这条意见上，现在共有 { $support } 位居民反映。这条意见转交{ $target ->
        [undecided] 相应的代表
       *[other] { $target }
    }。之后的每一步进展和答复都会发到这里，您也可以评价答复。随时可发送 /status { $code } 查看。
me-too-closed = 意见 <code>{ $code }</code> 已不能加入（它已办结或已合并）。下面是您自己的意见，可以直接提交：
my-item-line-followed = • <code>{ $code }</code>（关注）{ $status ->
        [new] 等待审核
        [forwarded] 已转交代表
        [accepted] 正在办理
        [answered] 已答复
        [closed] 已办结
        [rejected] 未予受理
       *[merged] 已合并
    } — { $summary }
button-unfollow = 取消关注 { $code }
unfollowed = 您已取消关注意见 <code>{ $code }</code>：不会再收到它的进展，您附上的话也已撤下。
unfollow-not-following = 您没有（或已不再）关注意见 <code>{ $code }</code>。
