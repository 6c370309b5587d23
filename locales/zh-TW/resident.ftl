## 居民機器人
start-welcome =
    您好{ $name ->
        [none] {""}
       *[other] ，{ $name }
    }！我負責為雲陽縣人大代表之家、代表工作室和「渝事好商量」民生議事廳收集民眾的意見和建議。

    有什麼煩心事，直接用自己的話告訴我就行，例如：<i>「鳳鳴鎮到縣城的公車太少了。」</i>我只會詢問缺少的資訊，送出前先請您確認，之後每一步進展都會通知您。
help-resident =
    <b>使用說明</b>
    隨時用自己的話寫下您遇到的問題。我會判斷地點和類別，只詢問缺少的資訊，請您確認後一鍵送出。送出後您會收到一個簡短的編號，每一步進展都會通知您。

    /new — 重新開始一則意見
    /my — 我的意見及辦理進度
    /status <i>編號</i> — 查詢某則意見的進度
    /cancel — 放棄正在填寫的草稿
    /lang — 切換語言
    /privacy — 我們保存什麼、誰能看到
    /forget — 刪除我的個人資料
    /help — 顯示本說明
draft-waiting = 您還有一則尚未寫完的意見，可以接著寫；想重新開始請傳送 /new。
not-a-suggestion = 您好！請用自己的話說說遇到了什麼問題、在什麼地方。例如：<i>「雙江街道濱江路的路燈壞了一個星期了。」</i>
ask-text = 請問是什麼事情？用幾句話說說遇到的問題吧。
ask-more-text = 請寫下想補充的內容，我會加到這則意見裡。
ask-place = 這件事發生在哪裡？請點選所在的鎮或街道，也可以直接打字告訴我。
ask-place-model = { $question }
ask-place-which = 您的訊息提到了{ $places }，這件事是在哪一處？請點選，也可以直接打字告訴我。
ask-place-pin = 收到定位，工作人員能看到具體位置。為了轉給對應的工作室，請再點選它所在的鎮或街道，也可以直接打字。
button-pin-not-sure = 不確定，請依定位判斷
ask-topic = 這件事主要屬於哪一類？請點選最接近的類別。
ask-topic-model = { $question }
place-button = { $name }
button-not-sure = 不確定
button-other-place = 其他地方
ask-attachments = 附上一張照片或一個位置，能幫代表更快了解情況。可以現在傳照片，或點下方按鈕傳送位置；不需要的話點「略過」。
kb-share-location = 📍 傳送我的位置
kb-skip = 略過
ask-contact =
    代表需要時可以聯絡您嗎？點下方的<b>「分享我的手機號碼」</b>，或者選擇匿名。

    如果分享，只有縣裡的工作人員和負責這件事的代表能看到您的姓名和號碼。選擇匿名的話，系統之外沒有人知道您是誰，您一樣會在這裡收到每一步進展。
kb-share-contact = 📱 分享我的手機號碼
kb-anonymous = 匿名送出
contact-thanks = 謝謝！您的號碼只會讓縣裡的工作人員和負責這件事的代表看到。
contact-saved = 謝謝，號碼已儲存。只有您選擇分享的意見才會附上它。
contact-not-own = 請用下方按鈕分享<b>您自己的</b>號碼，而不是別人的聯絡人名片。
anonymous-ok = 好的，這則意見不會附上您的姓名和號碼。
ok = 好的。
review-card =
    <b>送出前請核對</b>

    <b>摘要：</b>{ $summary }
    <b>地點：</b>{ $place ->
        [unknown] 未填寫（工作人員會詢問或確定）
       *[other] { $place }
    }
    <b>類別：</b>{ $topic }
    <b>轉交：</b>{ $target ->
        [undecided] 由縣裡工作人員確定
       *[other] { $target }
    }
    <b>照片：</b>{ $photos } 張 · <b>位置：</b>{ $location ->
        [yes] 有
       *[no] 無
    }
    <b>聯絡方式：</b>{ $contact ->
        [anonymous] 匿名
       *[other] { $contact }（僅工作人員和承辦代表可見）
    }

    <b>您的原話：</b>
    <i>{ $text }</i>
button-submit = ✅ 送出
button-edit = ✏️ 修改
button-cancel = ✖️ 取消
edit-menu = 您想修改哪一項？
button-edit-place = 地點
button-edit-topic = 類別
button-edit-text = 補充內容
button-edit-contact = 聯絡方式
button-back = ← 返回核對
ask-what-happened = { $place ->
    [county] 請問發生了什麼事？用幾句話說說遇到的問題吧。
   *[other] 請問{ $place }發生了什麼事？用幾句話說說遇到的問題吧。
}
answer-or-draft = 代表正在等您回答關於 <code>{ $code }</code> 的問題，您也有一則還沒提交的意見。這則訊息是給代表的回答嗎？
button-answer-deputy = 是，轉給代表
button-add-to-draft = 不是，補充到新意見
correction-applied = 已更正。
draft-extended = 已補充到這則意見裡。
photo-added = 照片已附上（{ $count }/{ $max }）。
photo-limit = 每則意見最多附 { $max } 張照片。
location-added = 位置已附上。
location-place = 位置已附上。定位在{ $place }，就按{ $place }轉交；地點不對的話，可以在確認時點「修改」→「地點」。
submitted =
    ✅ <b>送出成功！</b>您的意見編號是 <code>{ $code }</code>。

    <b>摘要：</b>{ $summary }
    <b>地點：</b>{ $place ->
        [unknown] 未填寫
       *[other] { $place }
    }
    <b>類別：</b>{ $topic }

    接下來：縣裡的工作人員會盡快查看（一般一個工作天內），並轉交給{ $target ->
        [undecided] 相關代表
       *[other] { $target }
    }。每一步進展都會在這裡通知您，也可以隨時傳送 /status { $code } 查詢。
items-limit = 您今天送出的意見已達上限。草稿已為您保留，請明天再送出。
rate-limited = 您傳訊息有點快，請稍等一分鐘再繼續——已經寫的內容不會遺失。
text-too-long = 這則訊息有 { $length } 個字，一次最多只能接收 { $max } 個字。請分成幾則傳送，每一則都會加到這則意見裡。
item-too-long = 這則意見已經很長了（超過 { $max } 字）。請先送出，其他事情另起一則。
unsupported = 抱歉，我只能讀取文字、照片和位置。請用文字寫下來傳給我。
unsupported-voice = 抱歉，我暫時聽不了語音和影片訊息。請把想說的話打字傳給我。
button-expired = 這個按鈕屬於之前的訊息，已經失效了。請使用最新的訊息。
unknown-command = 我不認得這個指令。傳送 /help 查看我能做什麼。
new-started = 好的，重新開始。請用自己的話說說遇到了什麼問題。
cancelled = 草稿已放棄。想重新開始時隨時傳訊息給我。
nothing-to-cancel = 沒有可以取消的內容——您沒有未完成的意見。
lang-choose = 請選擇語言：
lang-name-zh-CN = 简体中文
lang-name-zh-TW = 繁體中文
lang-name-en = English
lang-set = 好的，之後我會用繁體中文和您交流。
my-empty = 您還沒有送出過意見。直接傳訊息給我就可以開始。
my-items = <b>我的意見</b>（{ $count } 則）：
my-item-line = • <code>{ $code }</code> { $status ->
        [new] 等待審核
        [forwarded] 已轉交代表
        [accepted] 正在辦理
        [answered] 已答覆
        [closed] 已辦結
        [rejected] 未予受理
       *[merged] 已合併
    } — { $summary }
status-usage = 請在 /status 後面加上意見編號，例如 <code>/status K7M3QX</code>。傳送 /my 可查看您的全部意見。
status-not-found = 在您的意見中找不到編號 <code>{ $code }</code>。請核對編號，或傳送 /my 查看全部意見。
status-item =
    <b>意見 <code>{ $code }</code></b>
    { $summary }

    <b>進度：</b>{ $status ->
        [new] 等待縣裡工作人員審核
        [forwarded] 已轉交代表，等待代表受理
        [accepted] 代表正在辦理
        [answered] 已答覆——請為答覆評分
        [closed] 已辦結
        [rejected] 未予受理
       *[merged] 已與類似意見合併
    }
    <b>承辦：</b>{ $target ->
        [undecided] 待縣裡工作人員確定
       *[other] { $target }
    }{ $answer ->
        [none] {""}
       *[other] {"\u000A"}<b>答覆：</b>{ $answer }
    }{ $rating ->
        [none] {""}
       *[other] {"\u000A"}<b>您的評價：</b> { $rating } / 5
    }

privacy =
    <b>我們保存什麼、誰能看到</b>

    • <b>為了和您聯絡：</b>您的 Telegram 使用者 ID 和對話 ID、名字以及使用的語言。回覆您、通知您辦理進度都需要用到。
    • <b>您的意見：</b>您寫的內容、照片、位置、地點和類別，以及每一步辦理紀錄。
    • <b>您的手機號碼：</b>只有在您為某則意見選擇分享時才會保存。
    • <b>未完成的草稿</b>在 72 小時無操作後自動刪除。

    <b>誰能看到：</b>縣裡的工作人員能看到您的意見，以及您分享過的姓名和號碼。承辦代表能看到意見內容；只有您選擇分享時才能看到您的姓名和號碼，永遠看不到您的 Telegram 帳號。讀取全縣統計資料的系統只能看到不含任何個人身分的意見。

    傳送 /forget 會刪除您的聯絡方式、名字和與本對話的關聯，並抹去您所有意見中的個人身分（意見本身會以匿名方式保留，以便縣裡繼續跟進辦理）。
forget-confirm = 這將刪除您的手機號碼、名字和與本對話的關聯，並抹去您所有意見中的個人身分，之後您將不再收到這些意見的進展通知。確定嗎？
button-forget-yes = 確定刪除
button-forget-no = 不，保留
forget-done = 已完成。您的個人資料已刪除，{ $count } 則意見已轉為匿名。如果再次傳訊息，我們會重新開始。
forget-cancelled = 沒有刪除任何內容。
reply-prompt = 請寫下對代表關於意見 <code>{ $code }</code> 所提問題的回覆，您的下一則訊息會轉給代表。
reply-relayed = 謝謝！您關於 <code>{ $code }</code> 的回覆已轉給代表。
reply-relayed-staff = 謝謝！您關於 <code>{ $code }</code> 的回覆已轉給縣裡的工作人員。
item-closed-for-replies = 意見 <code>{ $code }</code> 已辦結，不能再補充回覆。如有新情況，請直接傳訊息給我另起一則。
rating-not-open = 意見 <code>{ $code }</code> 現在不能評價。
rated-thanks = 感謝您對 <code>{ $code }</code> 的答覆評分：{ $rating } 分（滿分 5 分）。這則意見已辦結。
rated-thanks-follower = 感謝您對 <code>{ $code }</code> 的答覆評分：{ $rating } 分（滿分 5 分）。
reopen-not-possible = 意見 <code>{ $code }</code> 現在不能重新辦理。
reopened = 意見 <code>{ $code }</code> 已作為「問題未解決」退回給代表，有進展會通知您。
me-too-offer = 送出之前：下面{ $count ->
        [one] 這則意見
       *[other] 這些意見
    }已由其他居民提出，看起來和您說的是同一件事。是您要反映的嗎？加入後您的話會附在這則意見上，之後的每一步進展和答覆您都會收到。
me-too-card = • <code>{ $code }</code> { $summary }
    { $status ->
        [new] 等待審核
        [forwarded] 已轉交代表
        [accepted] 正在辦理
       *[answered] 已答覆
    } · 轉交{ $target ->
        [undecided] 由縣裡工作人員確定
       *[other] { $target }
    } · { $support } 位居民反映
button-me-too = 🙋 這也是我的事：{ $code }
button-not-mine = 不是，我說的是另一件事
me-too-joined =
    ✅ <b>您已加入意見 <code>{ $code }</code></b>：{ $summary }

    沒有另建新意見；您的話已附在這則意見上，現在共有 { $support } 位居民反映。這則意見轉交{ $target ->
        [undecided] 相應的代表
       *[other] { $target }
    }。之後的每一步進展和答覆都會傳到這裡，您也可以評價答覆。隨時可傳送 /status { $code } 查看。
me-too-closed = 意見 <code>{ $code }</code> 已不能加入（它已辦結或已合併）。下面是您自己的意見，可以直接送出：
my-item-line-followed = • <code>{ $code }</code>（關注）{ $status ->
        [new] 等待審核
        [forwarded] 已轉交代表
        [accepted] 正在辦理
        [answered] 已答覆
        [closed] 已辦結
        [rejected] 未予受理
       *[merged] 已合併
    } — { $summary }
button-unfollow = 取消關注 { $code }
unfollowed = 您已取消關注意見 <code>{ $code }</code>：不會再收到它的進展，您附上的話也已撤下。
unfollow-not-following = 您沒有（或已不再）關注意見 <code>{ $code }</code>。
