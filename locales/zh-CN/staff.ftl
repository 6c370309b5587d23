## 工作人员机器人
staff-start = 欢迎使用云阳民意工作台。{ $hasRole ->
        [yes] 发送 /help 查看可用命令。您的身份：
       *[no] 本机器人仅供县里工作人员和代表使用。如需开通，请将您的 Telegram ID <code>{ $userId }</code> 告知管理员。
    }
staff-whoami = 您的 Telegram ID 是 <code>{ $userId }</code>。您的身份：
staff-no-role = 本机器人仅供县里工作人员和代表使用。
role-none = • 无
role-admin = • 管理员
role-staff = • 工作人员
role-deputy = • 代表（{ $target }）

staff-help = <b>您可用的命令</b>
help-queue = /queue — 按状态和去向统计，并列出待处理的意见（紧急的在前，其次按时间先后）
help-next = /next — 认领下一条无人认领的意见
help-show = /show <i>编号</i> — 查看一条意见
help-route = /route <i>编号</i> <i>去向ID</i> [<i>理由</i>] — 改派到其他工作室或议事厅，例如 <code>room-renhe</code>
help-forward = /forward <i>编号</i> — 把待处理的意见转给对应的代表
help-reject = /reject <i>编号</i> <i>理由</i> — 不予受理，居民会看到理由
help-merge = /merge <i>编号</i> <i>目标编号</i> — 把重复的意见合并到另一条，原提交人改为关注那一条
help-reply = /reply <i>编号</i> <i>内容</i> — 给该意见的居民发消息
help-close = /close <i>编号</i> <i>说明</i> — 办结一条意见，居民会看到说明
help-stats = /stats — 数量统计、各环节用时中位数、平均评分，以及各去向的成绩单（意见数、答复天数、评分、议题、会议、决定、效果评价）
help-export = /export [<i>起始日期</i>] [<i>截止日期</i>] — 导出某一时间段内提交的意见为 CSV（格式 YYYY-MM-DD，北京时间；默认最近 30 天）
help-topic = /topic — 列出进行中的协商议题；/topic new <i>去向ID</i> <i>标题</i>；/topic add <i>议题</i> <i>编号…</i>；/topic session <i>议题</i> <i>YYYY-MM-DD</i> <i>HH:mm</i> <i>类型</i> <i>地点</i>（类型：community、courtyard、field、quarterly-deputy-meeting、resident-council；北京时间；会邀请相关群众）；/topic show <i>议题</i>；/topic suggest <i>去向</i>（把相似的待办意见分组建议为议题，点一下即可建立）
help-outcome = /outcome <i>议题</i> <i>完成时限 YYYY-MM-DD</i> <i>责任单位</i> | <i>决定内容</i> — 记录协商决定：告知相关群众并答复其意见，例如 <code>/outcome T7K3MQ 2026-07-31 凤鸣镇人民政府 | 七月底前更换老街路灯</code>
help-pack = /pack <i>去向ID</i> <i>季度</i> — 某去向的季度材料（Markdown 和 CSV），例如 <code>/pack deputy-fengming 2026Q3</code>
help-subscribe = /subscribe [<i>去向</i>…] [digest] — 每条新意见（或只要指定去向的）一提交就以卡片发给您，带“查看”“转交”“不予受理”按钮；加 <i>digest</i> 则改为每 4 小时汇总一次
help-unsubscribe = /unsubscribe — 停止新意见卡片或汇总
help-grant = /grant <i>Telegram-ID</i> <i>身份</i> [<i>去向ID</i>] — 授予身份：admin（管理员）、staff（工作人员）或 deputy（代表，需指定去向）
help-revoke = /revoke <i>Telegram-ID</i> [<i>身份</i> [<i>去向</i>]] — 取消某一身份、代表的某一个去向，或全部取消
help-whoami = /whoami — 查看您的 Telegram ID 和身份
help-help = /help — 显示本列表
help-deputy-buttons = 转给代表的意见会以卡片形式送达，卡片下有按钮：接收、向居民提问、答复、退回分派。

staff-usage = 用法：
staff-unknown-command = 没有这个命令。发送 /help 查看命令列表。
staff-forbidden = 您的身份不能使用这个命令。发送 /help 查看您可用的命令。
staff-text-hint = 发送 /help 查看可用命令。
staff-unsupported = 这里只能处理命令、文字和按钮。
staff-bad-code = <code>{ $code }</code> 不是意见编号。编号的样子是 <code>K7M3QX</code>。
staff-item-not-found = 没有编号为 <code>{ $code }</code> 的意见。
staff-text-too-long = 内容太长了，最多 { $max } 个字符。
staff-bad-date = <code>{ $date }</code> 不是有效日期。请用 YYYY-MM-DD 格式，例如 <code>2026-05-01</code>。
staff-bad-range = 起始日期（{ $from }）晚于截止日期（{ $to }）。
staff-range-too-long = 一次最多导出 { $days } 天。
staff-merge-self = 意见不能合并到它自己（<code>{ $code }</code>）。
staff-grant-needs-target = 代表需要指定去向：/grant <i>Telegram-ID</i> deputy <i>去向ID</i>，例如 <code>deputy-fengming</code>。
staff-wrong-status = 意见 <code>{ $code }</code> { $status ->
        [new] 还在待分派队列中
        [forwarded] 已转给代表，尚未接收
        [accepted] 代表正在办理
        [answered] 已答复
        [closed] 已办结
        [rejected] 已不予受理
       *[merged] 已合并到其他意见
    }，现在不能这样操作。
staff-not-now = 这条意见目前不能这样操作。
staff-unknown-target = 目录中没有 <code>{ $target }</code> 这个去向。
staff-same-target = 意见 <code>{ $code }</code> 的去向已经是{ $target }。
staff-no-target = 意见 <code>{ $code }</code> 还没有去向，请先设定：/route { $code } <i>去向ID</i>
staff-no-deputies = { $target }还没有登记的代表，意见 <code>{ $code }</code> 仍留在队列中。管理员可用 /grant <i>Telegram-ID</i> deputy <i>去向ID</i> 添加代表。
staff-resident-unreachable = 意见 <code>{ $code }</code> 的居民已删除个人信息，无法再联系。
staff-merge-target-closed = 意见 <code>{ $into }</code> 已经结束，不能再合并其他意见。
staff-merge-full = 意见 <code>{ $into }</code> 已有 { $max } 位关注者，达到一件意见能通知的上限。请将 <code>{ $code }</code> 单独处理。
staff-queue-nothing = 没有可认领的意见：队列为空，或待处理的意见都已被他人认领。
staff-claimed = 意见 <code>{ $code }</code> 已由您认领，有效期 { $minutes } 分钟。
staff-rerouted = 意见 <code>{ $code }</code> 已改派给{ $to }。{ $requeued ->
        [yes] 它已从原来的代表处收回，重新进入队列，准备好后请再次 /forward。
       *[no] {""}
    }
staff-forwarded = 意见 <code>{ $code }</code> 已转给{ $target }（{ $count } 位代表）。
staff-rejected = 意见 <code>{ $code }</code> 已不予受理，理由已告知居民。
staff-merged = 意见 <code>{ $code }</code> 已合并到 <code>{ $into }</code>，原提交人今后会收到那条意见的进展（现有 { $support } 位居民支持）。
staff-reply-sent = 关于 <code>{ $code }</code> 的消息已发给居民。
staff-closed = 意见 <code>{ $code }</code> 已办结，已通知居民。
staff-export = { $from } 至 { $to } 提交的意见：{ $count } 条。
staff-export-empty = { $from } 至 { $to } 之间没有提交的意见。
staff-granted = 已授予 { $userId } { $role ->
        [admin] 管理员身份
        [staff] 工作人员身份
       *[deputy] 代表身份（{ $target }）
    }。
staff-grant-exists = { $userId } 已经有这个身份了。
staff-you-were-granted = 您已获得云阳民意工作台的身份：{ $role ->
        [admin] 管理员
        [staff] 工作人员
       *[deputy] 代表（{ $target }）
    }。发送 /help 查看可用命令。
staff-revoked = 已取消 { $userId } 的{ $role ->
        [all] 全部身份
        [admin] 管理员身份
        [staff] 工作人员身份
        [target] 代表去向“{ $target }”
       *[deputy] 代表身份
    }。
staff-you-were-revoked = { $role ->
        [all] 您在云阳民意工作台的身份已全部取消。
        [admin] 您已不再是云阳民意工作台的管理员。
        [staff] 您已不再是云阳民意工作台的工作人员。
        [target] 您已不再担任“{ $target }”的代表。
       *[deputy] 您已不再担任云阳民意工作台的代表。
    }命令菜单已随之更新，发送 /help 查看现在可用的命令。
staff-revoke-nothing = { $userId } 没有这个身份。
staff-revoke-bootstrap = { $userId } 通过 ADMIN_TELEGRAM_IDS 设置，仍是管理员。
staff-button-invalid = 这个按钮无效，未做任何操作。
staff-button-forbidden = 意见 <code>{ $code }</code> 不归您办理，未做任何操作。
staff-button-stale = 意见 <code>{ $code }</code> 在这条消息发出后已有变化，未做任何操作。点下面的按钮查看最新情况。
staff-nothing-pending = 没有需要取消的操作。
staff-item-returned = { $by } 把意见 <code>{ $code }</code>（{ $summary }）退回了待分派队列。
    退回原因：{ $reason }

staff-queue =
    <b>队列：</b>{ $waiting } 条待处理
    新提交 { $new } · 已转交 { $forwarded } · 已接收 { $accepted } · 已答复 { $answered } · 已办结 { $closed } · 不予受理 { $rejected } · 已合并 { $merged }
staff-queue-empty = 队列是空的。
queue-target-line = • { $target ->
        [undecided] 尚无去向
       *[other] { $target }
    }：{ $count }
queue-items-head = <b>接下来（{ $shown } 条）：</b>
queue-line = { $urgent ->
        [yes] ⚠️
       *[no] •
    } <code>{ $code }</code> { $days ->
        [0] { $hours } 小时
       *[other] { $days } 天
    } · { $target ->
        [undecided] 尚无去向
       *[other] { $target }
    }{ $claimed ->
        [me] {" "}· 您已认领
        [other] {" "}· 他人已认领
       *[no] {""}
    }{ $support ->
        [1] {""}
       *[other] {" "}· 👥 { $support }
    } — { $summary }

staff-stats =
    <b>统计</b>（共 { $total } 条）
    从提交到转交的用时中位数：{ $forward ->
        [none] —
       *[other] { $forward } 小时
    }
    从提交到接收的用时中位数：{ $accept ->
        [none] —
       *[other] { $accept } 小时
    }
    从提交到答复的用时中位数：{ $answer ->
        [none] —
       *[other] { $answer } 小时
    }
    平均评分：{ $rating ->
        [none] —
       *[other] { $rating } 分（满分 5 分）
    }（{ $rated } 条已评分）
stats-by-status = <b>按状态</b>
stats-status-line = • { $status ->
        [new] 新提交
        [forwarded] 已转交
        [accepted] 已接收
        [answered] 已答复
        [closed] 已办结
        [rejected] 不予受理
       *[merged] 已合并
    }：{ $count }
stats-by-target = <b>按去向</b>
stats-by-category = <b>按类别</b>
stats-line = • { $name ->
        [undecided] 尚无去向
       *[other] { $name }
    }：{ $count }
stats-scorecards = <b>成绩单</b>
stats-scorecard-line = • { $name }：意见 { $items } 件 · 答复中位 { $days } 天 · 评分 { $rating } · 议题 { $topics } 个 · 已开会议 { $sessions } 次 · 到期决定 { $due } 项、已办结 { $done } 项 · 效果评价 { $evaluation }

staff-stale-report = <b>等待过久的意见</b>（{ $count } 条）：
staff-stale-line = • <code>{ $code }</code> { $status ->
        [new] 在队列中
       *[forwarded] 已转交但未被接收
    } { $hours } 小时 — { $summary }

## 代表
deputy-card =
    <b>意见 <code>{ $code }</code></b> · { $status ->
        [new] 待分派
        [forwarded] 新转来的
        [accepted] 已接收
        [answered] 已答复
        [closed] 已办结
        [rejected] 不予受理
       *[merged] 已合并
    }{ $urgent ->
        [yes] {" "}· ⚠️ 紧急
       *[no] {""}
    }
    { $summary }

    <b>地点：</b>{ $place ->
        [unknown] 未提供
       *[other] { $place }
    }
    <b>类别：</b>{ $topic }
    <b>支持人数：</b>{ $support } 位居民
    <b>联系方式：</b>{ $contact ->
        [none] 未提供（居民选择匿名）
       *[other] { $contact }
    }
    <b>转给您的原因：</b>{ $reasons ->
        [none] —
       *[other] { $reasons }
    }

    <b>居民原话：</b>
    <i>{ $text }</i>
staff-card =
    <b>意见 <code>{ $code }</code></b> · { $status ->
        [new] 在队列中
        [forwarded] 已转交，尚未接收
        [accepted] 代表正在办理
        [answered] 已答复
        [closed] 已办结
        [rejected] 不予受理
       *[merged] 已合并到 <code>{ $mergedInto }</code>
    }{ $urgent ->
        [yes] {" "}· ⚠️ 紧急
       *[no] {""}
    }
    { $summary }

    <b>地点：</b>{ $place ->
        [unknown] 未提供
       *[other] { $place }
    }
    <b>类别：</b>{ $topic }
    <b>去向：</b>{ $target ->
        [undecided] 尚无去向
       *[other] { $target }
    }（自动分派：{ $routed ->
        [undecided] 未定
       *[other] { $routed }
    }）
    <b>分派依据：</b>{ $reasons ->
        [none] —
       *[other] { $reasons }
    }
    <b>联系方式：</b>{ $contact ->
        [none] 未提供
       *[other] { $contact }
    }
    <b>已等待：</b>{ $ageHours } 小时 · <b>认领人：</b>{ $claimed ->
        [none] 无
       *[other] { $claimed }
    } · <b>支持：</b>{ $support } 人 · <b>记录：</b>{ $history } 条

    <b>居民原话：</b>
    <i>{ $text }</i>
card-rating-line = <b>群众评价：</b>{ $rating } / 5 分
card-topic-line = 🗂 已列入协商议题 <code>{ $topic }</code>（/topic show { $topic }）
card-supporter-line = 👥 { $contact ->
        [none] 同样反映的居民（匿名）
       *[other] { $contact }
    }：{ $note ->
        [none] —
       *[other] { $note }
    }
card-supporters-more = 👥 … 另有 { $count } 位（详见导出）
card-thread-line = { $from ->
        [deputy] 代表
        [staff] 工作人员
       *[resident] 居民
    }（{ $kind ->
        [question] 提问
        [reply] 回复
        [answer] 答复
       *[message] 消息
    }）：{ $text }
card-override-line = ↪ { $by } 将去向从{ $from ->
        [undecided] 未定
       *[other] { $from }
    }改为{ $to }：{ $reason }
card-photo = 照片 { $n }/{ $total } · 意见 <code>{ $code }</code>
deputy-button-accept = ✅ 接收
deputy-button-ask = ❓ 向居民提问
deputy-button-answer = 💬 答复
deputy-button-return = ↩️ 退回分派
deputy-button-cancel = ✖️ 取消
button-show = 📄 查看意见
deputy-accepted = 您已接收意见 <code>{ $code }</code>，已通知居民。
deputy-ask-prompt = 请输入您要问居民的关于 <code>{ $code }</code> 的问题，您的下一条消息会转给居民。
deputy-answer-prompt = 请输入对 <code>{ $code }</code> 的答复，您的下一条消息会作为答复发给居民。
deputy-return-prompt = 为什么把 <code>{ $code }</code> 退回待分派队列？请写明原因（例如不属于本辖区、需要其他部门办理），您的下一条消息会连同您的姓名一起告诉工作人员。
deputy-reject-prompt = 请输入不予受理 <code>{ $code }</code> 的原因，您的下一条消息会作为原因告诉居民。
deputy-pending-cancelled = 已取消，没有发送任何内容。
deputy-question-sent = 您关于 <code>{ $code }</code> 的问题已转给居民，居民的回复会发到这里。
deputy-answer-sent = 您对 <code>{ $code }</code> 的答复已发给居民，居民可以进行评分。
deputy-returned = 意见 <code>{ $code }</code> 已退回待分派队列。
deputy-item-withdrawn = 意见 <code>{ $code }</code>（{ $summary }）已不再由您办理：{ $status ->
        [new] 工作人员已改派
        [rejected] 已不予受理
        [merged] 已与其他意见合并
       *[closed] 工作人员已办结
    }。
deputy-resident-replied =
    居民就 <code>{ $code }</code>（{ $summary }）回复：
    <i>{ $text }</i>
deputy-item-rated = 居民对 <code>{ $code }</code>（{ $summary }）的答复评了 { $rating } 分（满分 5 分），该意见已办结。
deputy-item-reopened = 居民表示意见 <code>{ $code }</code>（{ $summary }）没有解决，已重新打开。

## Route reasons on cards
reason-place = “{ $words }” → { $name }
reason-category = “{ $words }” → { $name }
reason-category-chosen = { $name }（{ $by ->
        [model] 语言模型判断
        [client] 提交系统指定
       *[resident] 居民选择
    }）
reason-place-chosen = { $name }（{ $by ->
        [pin] 定位在其辖区内
       *[resident] 居民选择
    }）
reason-rule = 规则 { $rule } → { $target }
reason-rule-none = 暂无规则给出去向，由工作人员确定
deputy-stale-reminder = 提醒：意见 <code>{ $code }</code>（{ $summary }）已转给您 { $hours } 小时，尚无人接收。请接收、向居民提问，或退回分派。

## 协商议题（#16）
staff-bad-topic = <code>{ $topic }</code> 不是议题编号。议题编号形如 <code>T7K3MQ</code>。
staff-bad-session-kind = <code>{ $kind }</code> 不是会议类型。可用类型：{ $kinds }。
staff-topic-none = 目前没有进行中的协商议题。
staff-topic-list = <b>进行中的协商议题</b>（共 { $count } 个，显示 { $shown } 个）：
staff-topic-line = • <code>{ $topic }</code> { $title } — { $target } · { $stage ->
        [gathering] 收集意见中
        [scheduled] 已定会议
        [decided] 已决定
       *[evaluating] 效果评价中
    } · { $items } 件意见
staff-topic-created = 议题 <code>{ $topic }</code>“{ $title }”已为{ $target }建立。请加入意见：/topic add { $topic } 编号…
staff-topic-items-added = 议题 <code>{ $topic }</code> 现有 { $items } 件意见。
staff-topic-scheduled = 议题 <code>{ $topic }</code>“{ $title }”的会议：{ $kind }，{ $when }（北京时间），{ $venue }。已邀请 { $reached } 位群众。
staff-topic-decided = 已记录议题 <code>{ $topic }</code>“{ $title }”的决定（时限 { $due }）：已答复 { $items } 件意见，已告知 { $reached } 位群众。
staff-topic-card = <b>议题 <code>{ $topic }</code></b> { $title }
    去向：{ $target } · { $stage ->
        [gathering] 收集意见中
        [scheduled] 已定会议
        [decided] 已决定
       *[evaluating] 效果评价中
    } · { $items } 件意见
staff-topic-item-line = • <code>{ $code }</code> [{ $status }] { $summary }
staff-topic-items-more = ……另有 { $count } 件
staff-topic-session-line = <b>会议：</b>{ $kind ->
        [community] 社区协商
        [courtyard] 院坝协商
        [field] 田坎协商
        [quarterly-deputy-meeting] 代表季度集中接待
       *[resident-council] 居民议事会
    }，{ $when }（北京时间），{ $venue }
staff-topic-replies-line = <b>回复：</b>参加 { $attend }，不参加 { $absent }，书面意见 { $written }，未回复 { $none } · 书面意见 { $views } 条
staff-topic-outcome-line = <b>决定：</b>{ $text } — { $responsible }，时限 { $due }
staff-topic-evaluation-line = <b>效果评价：</b>{ $answers } 人回答（已办结 { $done }，部分办结 { $partly }，未办结 { $notDone }）· 平均 { $mean } 分
staff-pack-caption = 季度材料：{ $title }（{ $file }）
staff-new-item = { $urgent ->
        [yes] 🚨 <b>新的紧急意见</b>
       *[no] 🆕 <b>新意见</b>
    } <code>{ $code }</code>：{ $summary }
    { $place ->
        [unknown] 地点未填写
       *[other] { $place }
    } · { $topic } · { $target ->
        [undecided] 去向待定
       *[other] 转交{ $target }
    }
staff-digest = <b>上次汇总以来的新意见</b>（{ $count } 条）{ $more ->
        [0] ：
       *[other] ，最早的 { $more } 条未列出（见 /queue）：
    }
staff-digest-line = • { $urgent ->
        [yes] 🚨
       *[no] {""}
    }<code>{ $code }</code> { $summary } → { $target ->
        [undecided] 去向待定
       *[other] { $target }
    }
staff-subscribed = 今后{ $targets ->
        [all] 每条新意见
       *[other] { $targets }的新意见
    }{ $digest ->
        [yes] 会每 { $hours } 小时汇总一次发给您。
       *[no] 一提交就会以卡片发给您。
    }发送 /unsubscribe 可停止。
staff-unsubscribed = 已停止给您发送新意见卡片和汇总。
button-forward = ➡️ 转交
button-reject = ✖️ 不予受理
staff-resident-replied =
    居民回复了您关于 <code>{ $code }</code>（{ $summary }）的消息：
    <i>{ $text }</i>
staff-topic-suggestions = <b>{ $target }的议题建议</b>（{ $count } 组），由看起来是同一件事的待办意见组成：
staff-topic-suggestion-line = { $n }. { $title } — { $items } 条意见，{ $support } 位居民：{ $codes }
button-topic-accept = ✅ 建立议题 { $n }
staff-topic-no-suggestions = { $target }暂时没有可以归为一组的相似待办意见。
staff-topic-suggestion-gone = 这条建议已经变化（意见已推进或已归入议题），请重新发送 /topic suggest。
staff-topic-accepted = 议题 <code>{ $topic }</code>“{ $title }”已为{ $target }建立，含 { $items } 条意见。下一步：/topic session { $topic } …
