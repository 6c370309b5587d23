## Notices to residents (sent by the resident bot when staff or deputies act)
notice-forwarded = Your item <code>{ $code }</code> ({ $summary }) has been passed to { $target }. We will let you know when they take it up.
notice-accepted = { $target } has taken up your item <code>{ $code }</code> ({ $summary }) and is working on it.
notice-question =
    The deputies have a question about your item <code>{ $code }</code> ({ $summary }):
    <i>{ $text }</i>

    Tap <b>Reply</b>, then send your answer.
notice-button-reply = ✍️ Reply
notice-answered =
    <b>Your item <code>{ $code }</code> has been answered.</b>
    { $summary }

    <i>{ $answer }</i>{ $rate ->
        [yes] {"\u000A\u000A"}How satisfied are you with the answer? Tap 1 (not at all) to 5 (very). If the problem is not solved, tap <b>Not resolved</b>.
       *[no] {""}
    }
notice-button-rate = { $n } ⭐
notice-button-not-resolved = 🔁 Not resolved
notice-rejected = Your item <code>{ $code }</code> ({ $summary }) was not taken up. Reason: { $reason }
notice-merged = Your item <code>{ $code }</code> has been merged with a similar item, <code>{ $into }</code> ({ $summary }). You will get its updates from now on.
notice-closed = Your item <code>{ $code }</code> ({ $summary }) has been closed. Note from county staff: { $note }
notice-auto-closed = Your item <code>{ $code }</code> ({ $summary }) has been closed, since the answer was not rated in time. Thank you for taking part!
notice-staff-message =
    A message from county staff about your item <code>{ $code }</code> ({ $summary }):
    <i>{ $text }</i>
