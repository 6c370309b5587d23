## 给居民的通知（工作人员或代表操作后由居民机器人发送）
notice-forwarded = 您的意见 <code>{ $code }</code>（{ $summary }）已转给{ $target }，对方接收后会再通知您。
notice-accepted = { $target }已接收您的意见 <code>{ $code }</code>（{ $summary }），正在办理。
notice-question =
    代表对您的意见 <code>{ $code }</code>（{ $summary }）有个问题：
    <i>{ $text }</i>

    请点 <b>回复</b>，然后发送您的回答。
notice-button-reply = ✍️ 回复
notice-answered =
    <b>您的意见 <code>{ $code }</code> 已有答复。</b>
    { $summary }

    <i>{ $answer }</i>{ $rate ->
        [yes] {"\u000A\u000A"}您对这个答复满意吗？请点 1（很不满意）到 5（很满意）评分。如果问题没有解决，请点 <b>未解决</b>。
       *[no] {""}
    }
notice-button-rate = { $n } ⭐
notice-button-not-resolved = 🔁 未解决
notice-rejected = 您的意见 <code>{ $code }</code>（{ $summary }）未被受理。理由：{ $reason }
notice-merged = 您的意见 <code>{ $code }</code> 已与一条相似的意见 <code>{ $into }</code>（{ $summary }）合并，今后您会收到那条意见的进展。
notice-closed = 您的意见 <code>{ $code }</code>（{ $summary }）已办结。工作人员说明：{ $note }
notice-auto-closed = 您的意见 <code>{ $code }</code>（{ $summary }）的答复在规定时间内未评分，已自动办结。感谢您的参与！
notice-staff-message =
    县里工作人员就您的意见 <code>{ $code }</code>（{ $summary }）给您留言：
    <i>{ $text }</i>
