## 工作人員機器人
staff-start = 歡迎使用雲陽民意工作台。{ $hasRole ->
        [yes] 傳送 /help 查看可用指令。您的身分：
       *[no] 本機器人僅供縣裡工作人員和代表使用。如需開通，請將您的 Telegram ID <code>{ $userId }</code> 告知管理員。
    }
staff-whoami = 您的 Telegram ID 是 <code>{ $userId }</code>。您的身分：
staff-no-role = 本機器人僅供縣裡工作人員和代表使用。
role-none = • 無
role-admin = • 管理員
role-staff = • 工作人員
role-deputy = • 代表（{ $target }）

staff-help = <b>您可用的指令</b>
help-queue = /queue — 依狀態和去向統計，並列出待處理的意見（緊急的在前，其次依時間先後）
help-next = /next — 認領下一則無人認領的意見
help-show = /show <i>編號</i> — 查看一則意見
help-route = /route <i>編號</i> <i>去向ID</i> [<i>理由</i>] — 改派到其他工作室或議事廳，例如 <code>room-renhe</code>
help-forward = /forward <i>編號</i> — 將待處理的意見轉給對應的代表
help-reject = /reject <i>編號</i> <i>理由</i> — 不予受理，居民會看到理由
help-merge = /merge <i>編號</i> <i>目標編號</i> — 將重複的意見合併到另一則，原提交人改為關注那一則
help-reply = /reply <i>編號</i> <i>內容</i> — 傳訊息給該意見的居民
help-close = /close <i>編號</i> <i>說明</i> — 辦結一則意見，居民會看到說明
help-stats = /stats — 數量統計、各環節用時中位數、平均評分，以及各去向的成績單（意見數、答覆天數、評分、議題、會議、決定、效果評價）
help-export = /export [<i>起始日期</i>] [<i>截止日期</i>] — 匯出某段時間內提交的意見為 CSV（格式 YYYY-MM-DD，北京時間；預設最近 30 天）
help-topic = /topic — 列出進行中的協商議題；/topic new <i>去向ID</i> <i>標題</i>；/topic add <i>議題</i> <i>編號…</i>；/topic session <i>議題</i> <i>YYYY-MM-DD</i> <i>HH:mm</i> <i>類型</i> <i>地點</i>（類型：community、courtyard、field、quarterly-deputy-meeting、resident-council；北京時間；會邀請相關民眾）；/topic show <i>議題</i>；/topic suggest <i>去向</i>（把相似的待辦意見分組建議為議題，點一下即可建立）
help-outcome = /outcome <i>議題</i> <i>完成時限 YYYY-MM-DD</i> <i>責任單位</i> | <i>決定內容</i> — 記錄協商決定：告知相關民眾並答覆其意見，例如 <code>/outcome T7K3MQ 2026-07-31 鳳鳴鎮人民政府 | 七月底前更換老街路燈</code>
help-pack = /pack <i>去向ID</i> <i>季度</i> — 某去向的季度資料（Markdown 和 CSV），例如 <code>/pack deputy-fengming 2026Q3</code>
help-subscribe = /subscribe [<i>去向</i>…] [digest] — 每則新意見（或只要指定去向的）一送出就以卡片傳給您，帶「查看」「轉交」「不予受理」按鈕；加 <i>digest</i> 則改為每 4 小時彙整一次
help-unsubscribe = /unsubscribe — 停止新意見卡片或彙整
help-grant = /grant <i>Telegram-ID</i> <i>身分</i> [<i>去向ID</i>] — 授予身分：admin（管理員）、staff（工作人員）或 deputy（代表，需指定去向）
help-revoke = /revoke <i>Telegram-ID</i> [<i>身分</i> [<i>去向</i>]] — 取消某一身分、代表的某一個去向，或全部取消
help-whoami = /whoami — 查看您的 Telegram ID 和身分
help-help = /help — 顯示本列表
help-deputy-buttons = 轉給代表的意見會以卡片形式送達，卡片下有按鈕：接收、向居民提問、答覆、退回分派。

staff-usage = 用法：
staff-unknown-command = 沒有這個指令。傳送 /help 查看指令列表。
staff-forbidden = 您的身分不能使用這個指令。傳送 /help 查看您可用的指令。
staff-text-hint = 傳送 /help 查看可用指令。
staff-unsupported = 這裡只能處理指令、文字和按鈕。
staff-bad-code = <code>{ $code }</code> 不是意見編號。編號的樣子是 <code>K7M3QX</code>。
staff-item-not-found = 沒有編號為 <code>{ $code }</code> 的意見。
staff-text-too-long = 內容太長了，最多 { $max } 個字元。
staff-bad-date = <code>{ $date }</code> 不是有效日期。請用 YYYY-MM-DD 格式，例如 <code>2026-05-01</code>。
staff-bad-range = 起始日期（{ $from }）晚於截止日期（{ $to }）。
staff-range-too-long = 一次最多匯出 { $days } 天。
staff-merge-self = 意見不能合併到它自己（<code>{ $code }</code>）。
staff-grant-needs-target = 代表需要指定去向：/grant <i>Telegram-ID</i> deputy <i>去向ID</i>，例如 <code>deputy-fengming</code>。
staff-wrong-status = 意見 <code>{ $code }</code> { $status ->
        [new] 還在待分派佇列中
        [forwarded] 已轉給代表，尚未接收
        [accepted] 代表正在辦理
        [answered] 已答覆
        [closed] 已辦結
        [rejected] 已不予受理
       *[merged] 已合併到其他意見
    }，現在不能這樣操作。
staff-not-now = 這則意見目前不能這樣操作。
staff-unknown-target = 目錄中沒有 <code>{ $target }</code> 這個去向。
staff-same-target = 意見 <code>{ $code }</code> 的去向已經是{ $target }。
staff-no-target = 意見 <code>{ $code }</code> 還沒有去向，請先設定：/route { $code } <i>去向ID</i>
staff-no-deputies = { $target }還沒有登記的代表，意見 <code>{ $code }</code> 仍留在佇列中。管理員可用 /grant <i>Telegram-ID</i> deputy <i>去向ID</i> 新增代表。
staff-resident-unreachable = 意見 <code>{ $code }</code> 的居民已刪除個人資料，無法再聯繫。
staff-merge-target-closed = 意見 <code>{ $into }</code> 已經結束，不能再合併其他意見。
staff-merge-full = 意見 <code>{ $into }</code> 已有 { $max } 位關注者，達到一件意見能通知的上限。請將 <code>{ $code }</code> 單獨處理。
staff-queue-nothing = 沒有可認領的意見：佇列為空，或待處理的意見都已被他人認領。
staff-claimed = 意見 <code>{ $code }</code> 已由您認領，有效期 { $minutes } 分鐘。
staff-rerouted = 意見 <code>{ $code }</code> 已改派給{ $to }。{ $requeued ->
        [yes] 它已從原來的代表處收回，重新進入佇列，準備好後請再次 /forward。
       *[no] {""}
    }
staff-forwarded = 意見 <code>{ $code }</code> 已轉給{ $target }（{ $count } 位代表）。
staff-rejected = 意見 <code>{ $code }</code> 已不予受理，理由已告知居民。
staff-merged = 意見 <code>{ $code }</code> 已合併到 <code>{ $into }</code>，原提交人今後會收到那則意見的進展（現有 { $support } 位居民支持）。
staff-reply-sent = 關於 <code>{ $code }</code> 的訊息已傳給居民。
staff-closed = 意見 <code>{ $code }</code> 已辦結，已通知居民。
staff-export = { $from } 至 { $to } 提交的意見：{ $count } 則。
staff-export-empty = { $from } 至 { $to } 之間沒有提交的意見。
staff-granted = 已授予 { $userId } { $role ->
        [admin] 管理員身分
        [staff] 工作人員身分
       *[deputy] 代表身分（{ $target }）
    }。
staff-grant-exists = { $userId } 已經有這個身分了。
staff-you-were-granted = 您已獲得雲陽民意工作台的身分：{ $role ->
        [admin] 管理員
        [staff] 工作人員
       *[deputy] 代表（{ $target }）
    }。傳送 /help 查看可用指令。
staff-revoked = 已取消 { $userId } 的{ $role ->
        [all] 全部身分
        [admin] 管理員身分
        [staff] 工作人員身分
        [target] 代表去向「{ $target }」
       *[deputy] 代表身分
    }。
staff-you-were-revoked = { $role ->
        [all] 您在雲陽民意工作台的身分已全部取消。
        [admin] 您已不再是雲陽民意工作台的管理員。
        [staff] 您已不再是雲陽民意工作台的工作人員。
        [target] 您已不再擔任「{ $target }」的代表。
       *[deputy] 您已不再擔任雲陽民意工作台的代表。
    }指令選單已隨之更新，傳送 /help 查看現在可用的指令。
staff-revoke-nothing = { $userId } 沒有這個身分。
staff-revoke-bootstrap = { $userId } 透過 ADMIN_TELEGRAM_IDS 設定，仍是管理員。
staff-button-invalid = 這個按鈕無效，未做任何操作。
staff-button-forbidden = 意見 <code>{ $code }</code> 不歸您辦理，未做任何操作。
staff-button-stale = 意見 <code>{ $code }</code> 在這則訊息發出後已有變化，未做任何操作。點下面的按鈕查看最新情況。
staff-nothing-pending = 沒有需要取消的操作。
staff-item-returned = { $by } 把意見 <code>{ $code }</code>（{ $summary }）退回了待分派佇列。
    退回原因：{ $reason }

staff-queue =
    <b>佇列：</b>{ $waiting } 則待處理
    新提交 { $new } · 已轉交 { $forwarded } · 已接收 { $accepted } · 已答覆 { $answered } · 已辦結 { $closed } · 不予受理 { $rejected } · 已合併 { $merged }
staff-queue-empty = 佇列是空的。
queue-target-line = • { $target ->
        [undecided] 尚無去向
       *[other] { $target }
    }：{ $count }
queue-items-head = <b>接下來（{ $shown } 則）：</b>
queue-line = { $urgent ->
        [yes] ⚠️
       *[no] •
    } <code>{ $code }</code> { $days ->
        [0] { $hours } 小時
       *[other] { $days } 天
    } · { $target ->
        [undecided] 尚無去向
       *[other] { $target }
    }{ $claimed ->
        [me] {" "}· 您已認領
        [other] {" "}· 他人已認領
       *[no] {""}
    }{ $support ->
        [1] {""}
       *[other] {" "}· 👥 { $support }
    } — { $summary }

staff-stats =
    <b>統計</b>（共 { $total } 則）
    從提交到轉交的用時中位數：{ $forward ->
        [none] —
       *[other] { $forward } 小時
    }
    從提交到接收的用時中位數：{ $accept ->
        [none] —
       *[other] { $accept } 小時
    }
    從提交到答覆的用時中位數：{ $answer ->
        [none] —
       *[other] { $answer } 小時
    }
    平均評分：{ $rating ->
        [none] —
       *[other] { $rating } 分（滿分 5 分）
    }（{ $rated } 則已評分）
stats-by-status = <b>依狀態</b>
stats-status-line = • { $status ->
        [new] 新提交
        [forwarded] 已轉交
        [accepted] 已接收
        [answered] 已答覆
        [closed] 已辦結
        [rejected] 不予受理
       *[merged] 已合併
    }：{ $count }
stats-by-target = <b>依去向</b>
stats-by-category = <b>依類別</b>
stats-line = • { $name ->
        [undecided] 尚無去向
       *[other] { $name }
    }：{ $count }
stats-scorecards = <b>成績單</b>
stats-scorecard-line = • { $name }：意見 { $items } 件 · 答覆中位 { $days } 天 · 評分 { $rating } · 議題 { $topics } 個 · 已開會議 { $sessions } 次 · 到期決定 { $due } 項、已辦結 { $done } 項 · 效果評價 { $evaluation }

staff-stale-report = <b>等待過久的意見</b>（{ $count } 則）：
staff-stale-line = • <code>{ $code }</code> { $status ->
        [new] 在佇列中
       *[forwarded] 已轉交但未被接收
    } { $hours } 小時 — { $summary }

## 代表
deputy-card =
    <b>意見 <code>{ $code }</code></b> · { $status ->
        [new] 待分派
        [forwarded] 新轉來的
        [accepted] 已接收
        [answered] 已答覆
        [closed] 已辦結
        [rejected] 不予受理
       *[merged] 已合併
    }{ $urgent ->
        [yes] {" "}· ⚠️ 緊急
       *[no] {""}
    }
    { $summary }

    <b>地點：</b>{ $place ->
        [unknown] 未提供
       *[other] { $place }
    }
    <b>類別：</b>{ $topic }
    <b>支持人數：</b>{ $support } 位居民
    <b>聯絡方式：</b>{ $contact ->
        [none] 未提供（居民選擇匿名）
       *[other] { $contact }
    }
    <b>轉給您的原因：</b>{ $reasons ->
        [none] —
       *[other] { $reasons }
    }

    <b>居民原話：</b>
    <i>{ $text }</i>
staff-card =
    <b>意見 <code>{ $code }</code></b> · { $status ->
        [new] 在佇列中
        [forwarded] 已轉交，尚未接收
        [accepted] 代表正在辦理
        [answered] 已答覆
        [closed] 已辦結
        [rejected] 不予受理
       *[merged] 已合併到 <code>{ $mergedInto }</code>
    }{ $urgent ->
        [yes] {" "}· ⚠️ 緊急
       *[no] {""}
    }
    { $summary }

    <b>地點：</b>{ $place ->
        [unknown] 未提供
       *[other] { $place }
    }
    <b>類別：</b>{ $topic }
    <b>去向：</b>{ $target ->
        [undecided] 尚無去向
       *[other] { $target }
    }（自動分派：{ $routed ->
        [undecided] 未定
       *[other] { $routed }
    }）
    <b>分派依據：</b>{ $reasons ->
        [none] —
       *[other] { $reasons }
    }
    <b>聯絡方式：</b>{ $contact ->
        [none] 未提供
       *[other] { $contact }
    }
    <b>已等待：</b>{ $ageHours } 小時 · <b>認領人：</b>{ $claimed ->
        [none] 無
       *[other] { $claimed }
    } · <b>支持：</b>{ $support } 人 · <b>紀錄：</b>{ $history } 則

    <b>居民原話：</b>
    <i>{ $text }</i>
card-rating-line = <b>民眾評價：</b>{ $rating } / 5 分
card-topic-line = 🗂 已列入協商議題 <code>{ $topic }</code>（/topic show { $topic }）
card-supporter-line = 👥 { $contact ->
        [none] 同樣反映的居民（匿名）
       *[other] { $contact }
    }：{ $note ->
        [none] —
       *[other] { $note }
    }
card-supporters-more = 👥 … 另有 { $count } 位（詳見匯出）
card-thread-line = { $from ->
        [deputy] 代表
        [staff] 工作人員
       *[resident] 居民
    }（{ $kind ->
        [question] 提問
        [reply] 回覆
        [answer] 答覆
       *[message] 訊息
    }）：{ $text }
card-override-line = ↪ { $by } 將去向從{ $from ->
        [undecided] 未定
       *[other] { $from }
    }改為{ $to }：{ $reason }
card-photo = 照片 { $n }/{ $total } · 意見 <code>{ $code }</code>
deputy-button-accept = ✅ 接收
deputy-button-ask = ❓ 向居民提問
deputy-button-answer = 💬 答覆
deputy-button-return = ↩️ 退回分派
deputy-button-cancel = ✖️ 取消
button-show = 📄 查看意見
deputy-accepted = 您已接收意見 <code>{ $code }</code>，已通知居民。
deputy-ask-prompt = 請輸入您要問居民的關於 <code>{ $code }</code> 的問題，您的下一則訊息會轉給居民。
deputy-answer-prompt = 請輸入對 <code>{ $code }</code> 的答覆，您的下一則訊息會作為答覆傳給居民。
deputy-return-prompt = 為什麼把 <code>{ $code }</code> 退回待分派佇列？請寫明原因（例如不屬於本轄區、需要其他部門辦理），您的下一則訊息會連同您的姓名一起告訴工作人員。
deputy-reject-prompt = 請輸入不予受理 <code>{ $code }</code> 的原因，您的下一則訊息會作為原因告訴居民。
deputy-pending-cancelled = 已取消，沒有傳送任何內容。
deputy-question-sent = 您關於 <code>{ $code }</code> 的問題已轉給居民，居民的回覆會傳到這裡。
deputy-answer-sent = 您對 <code>{ $code }</code> 的答覆已傳給居民，居民可以進行評分。
deputy-returned = 意見 <code>{ $code }</code> 已退回待分派佇列。
deputy-item-withdrawn = 意見 <code>{ $code }</code>（{ $summary }）已不再由您辦理：{ $status ->
        [new] 工作人員已改派
        [rejected] 已不予受理
        [merged] 已與其他意見合併
       *[closed] 工作人員已辦結
    }。
deputy-resident-replied =
    居民就 <code>{ $code }</code>（{ $summary }）回覆：
    <i>{ $text }</i>
deputy-item-rated = 居民對 <code>{ $code }</code>（{ $summary }）的答覆評了 { $rating } 分（滿分 5 分），該意見已辦結。
deputy-item-reopened = 居民表示意見 <code>{ $code }</code>（{ $summary }）沒有解決，已重新開啟。

## Route reasons on cards
reason-place = 「{ $words }」→ { $name }
reason-category = 「{ $words }」→ { $name }
reason-category-chosen = { $name }（{ $by ->
        [model] 語言模型判斷
        [client] 提交系統指定
       *[resident] 居民選擇
    }）
reason-place-chosen = { $name }（{ $by ->
        [pin] 定位在其轄區內
       *[resident] 居民選擇
    }）
reason-rule = 規則 { $rule } → { $target }
reason-rule-none = 暫無規則給出去向，由工作人員確定
deputy-stale-reminder = 提醒：意見 <code>{ $code }</code>（{ $summary }）已轉給您 { $hours } 小時，尚無人接收。請接收、向居民提問，或退回分派。

## 協商議題（#16）
staff-bad-topic = <code>{ $topic }</code> 不是議題編號。議題編號形如 <code>T7K3MQ</code>。
staff-bad-session-kind = <code>{ $kind }</code> 不是會議類型。可用類型：{ $kinds }。
staff-topic-none = 目前沒有進行中的協商議題。
staff-topic-list = <b>進行中的協商議題</b>（共 { $count } 個，顯示 { $shown } 個）：
staff-topic-line = • <code>{ $topic }</code> { $title } — { $target } · { $stage ->
        [gathering] 收集意見中
        [scheduled] 已定會議
        [decided] 已決定
       *[evaluating] 效果評價中
    } · { $items } 件意見
staff-topic-created = 議題 <code>{ $topic }</code>「{ $title }」已為{ $target }建立。請加入意見：/topic add { $topic } 編號…
staff-topic-items-added = 議題 <code>{ $topic }</code> 現有 { $items } 件意見。
staff-topic-scheduled = 議題 <code>{ $topic }</code>「{ $title }」的會議：{ $kind }，{ $when }（北京時間），{ $venue }。已邀請 { $reached } 位民眾。
staff-topic-decided = 已記錄議題 <code>{ $topic }</code>「{ $title }」的決定（時限 { $due }）：已答覆 { $items } 件意見，已告知 { $reached } 位民眾。
staff-topic-card = <b>議題 <code>{ $topic }</code></b> { $title }
    去向：{ $target } · { $stage ->
        [gathering] 收集意見中
        [scheduled] 已定會議
        [decided] 已決定
       *[evaluating] 效果評價中
    } · { $items } 件意見
staff-topic-item-line = • <code>{ $code }</code> [{ $status }] { $summary }
staff-topic-items-more = ……另有 { $count } 件
staff-topic-session-line = <b>會議：</b>{ $kind ->
        [community] 社區協商
        [courtyard] 院壩協商
        [field] 田坎協商
        [quarterly-deputy-meeting] 代表季度集中接待
       *[resident-council] 居民議事會
    }，{ $when }（北京時間），{ $venue }
staff-topic-replies-line = <b>回覆：</b>參加 { $attend }，不參加 { $absent }，書面意見 { $written }，未回覆 { $none } · 書面意見 { $views } 則
staff-topic-outcome-line = <b>決定：</b>{ $text } — { $responsible }，時限 { $due }
staff-topic-evaluation-line = <b>效果評價：</b>{ $answers } 人回答（已辦結 { $done }，部分辦結 { $partly }，未辦結 { $notDone }）· 平均 { $mean } 分
staff-pack-caption = 季度資料：{ $title }（{ $file }）
staff-new-item = { $urgent ->
        [yes] 🚨 <b>新的緊急意見</b>
       *[no] 🆕 <b>新意見</b>
    } <code>{ $code }</code>：{ $summary }
    { $place ->
        [unknown] 地點未填寫
       *[other] { $place }
    } · { $topic } · { $target ->
        [undecided] 去向待定
       *[other] 轉交{ $target }
    }
staff-digest = <b>上次彙整以來的新意見</b>（{ $count } 則）{ $more ->
        [0] ：
       *[other] ，最早的 { $more } 則未列出（見 /queue）：
    }
staff-digest-line = • { $urgent ->
        [yes] 🚨
       *[no] {""}
    }<code>{ $code }</code> { $summary } → { $target ->
        [undecided] 去向待定
       *[other] { $target }
    }
staff-subscribed = 今後{ $targets ->
        [all] 每則新意見
       *[other] { $targets }的新意見
    }{ $digest ->
        [yes] 會每 { $hours } 小時彙整一次傳給您。
       *[no] 一送出就會以卡片傳給您。
    }傳送 /unsubscribe 可停止。
staff-unsubscribed = 已停止傳送新意見卡片和彙整給您。
button-forward = ➡️ 轉交
button-reject = ✖️ 不予受理
staff-resident-replied =
    居民回覆了您關於 <code>{ $code }</code>（{ $summary }）的訊息：
    <i>{ $text }</i>
staff-topic-suggestions = <b>{ $target }的議題建議</b>（{ $count } 組），由看起來是同一件事的待辦意見組成：
staff-topic-suggestion-line = { $n }. { $title } — { $items } 則意見，{ $support } 位居民：{ $codes }
button-topic-accept = ✅ 建立議題 { $n }
staff-topic-no-suggestions = { $target }暫時沒有可以歸為一組的相似待辦意見。
staff-topic-suggestion-gone = 這則建議已經變化（意見已推進或已歸入議題），請重新傳送 /topic suggest。
staff-topic-accepted = 議題 <code>{ $topic }</code>「{ $title }」已為{ $target }建立，含 { $items } 則意見。下一步：/topic session { $topic } …
