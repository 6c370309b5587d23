## 給居民的通知（工作人員或代表操作後由居民機器人傳送）
notice-forwarded = 您的意見 <code>{ $code }</code>（{ $summary }）已轉給{ $target }，對方接收後會再通知您。
notice-accepted = { $target }已接收您的意見 <code>{ $code }</code>（{ $summary }），正在辦理。
notice-question =
    代表對您的意見 <code>{ $code }</code>（{ $summary }）有個問題：
    <i>{ $text }</i>

    請點 <b>回覆</b>，然後傳送您的回答。
notice-button-reply = ✍️ 回覆
notice-answered =
    <b>您的意見 <code>{ $code }</code> 已有答覆。</b>
    { $summary }

    <i>{ $answer }</i>{ $rate ->
        [yes] {"\u000A\u000A"}您對這個答覆滿意嗎？請點 1（很不滿意）到 5（很滿意）評分。如果問題沒有解決，請點 <b>未解決</b>。
       *[no] {""}
    }
notice-button-rate = { $n } ⭐
notice-button-not-resolved = 🔁 未解決
notice-rejected = 您的意見 <code>{ $code }</code>（{ $summary }）未被受理。理由：{ $reason }
notice-merged = 您的意見 <code>{ $code }</code> 已與一則相似的意見 <code>{ $into }</code>（{ $summary }）合併，今後您會收到那則意見的進展。
notice-closed = 您的意見 <code>{ $code }</code>（{ $summary }）已辦結。工作人員說明：{ $note }
notice-auto-closed = 您的意見 <code>{ $code }</code>（{ $summary }）的答覆在規定時間內未評分，已自動辦結。感謝您的參與！
notice-staff-message =
    縣裡工作人員就您的意見 <code>{ $code }</code>（{ $summary }）給您留言：
    <i>{ $text }</i>
