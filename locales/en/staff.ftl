## Staff bot
staff-start = Welcome to the Yunyang opinion desk. { $hasRole ->
        [yes] Send /help to see your commands. Your roles:
       *[no] This bot is for county staff and deputies. If you should have access, ask an administrator to grant you a role, quoting your Telegram id: <code>{ $userId }</code>.
    }
staff-whoami = Your Telegram id is <code>{ $userId }</code>. Your roles:
staff-no-role = This bot is for county staff and deputies only.
role-none = • none
role-admin = • administrator
role-staff = • staff
role-deputy = • deputy for { $target }

staff-help = <b>Your commands</b>
help-queue = /queue — counts by status and target, then the waiting items (urgent first, then oldest)
help-next = /next — claim the next unclaimed item for yourself
help-show = /show <i>code</i> — show an item
help-route = /route <i>code</i> <i>target-id</i> [<i>reason</i>] — send an item to another studio or room, e.g. <code>room-renhe</code>
help-forward = /forward <i>code</i> — send a waiting item to its target's deputies
help-reject = /reject <i>code</i> <i>reason</i> — turn an item down; the resident sees the reason
help-merge = /merge <i>code</i> <i>into-code</i> — merge a duplicate into another item; its resident follows that one
help-reply = /reply <i>code</i> <i>text</i> — send a message to the item's resident
help-close = /close <i>code</i> <i>note</i> — close an item; the resident sees the note
help-stats = /stats — counts, median times, the mean rating, and each target's scorecard (items, days to answer, rating, topics, sessions, outcomes, evaluation)
help-export = /export [<i>from</i>] [<i>to</i>] — a CSV of the items created in a date range (YYYY-MM-DD, China time; default the last 30 days)
help-topic = /topic — open consultation topics; /topic new <i>target-id</i> <i>title</i>; /topic add <i>topic</i> <i>codes…</i>; /topic session <i>topic</i> <i>YYYY-MM-DD</i> <i>HH:mm</i> <i>kind</i> <i>venue</i> (kinds: community, courtyard, field, quarterly-deputy-meeting, resident-council; China time; its residents are invited); /topic show <i>topic</i>; /topic suggest <i>target-id</i> (groupings of similar open items, one tap to open each as a topic)
help-outcome = /outcome <i>topic</i> <i>due YYYY-MM-DD</i> <i>responsible body</i> | <i>decision</i> — record the session's decision: its residents are told and its items answered, e.g. <code>/outcome T7K3MQ 2026-07-31 凤鸣镇人民政府 | 七月底前更换老街路灯</code>
help-pack = /pack <i>target-id</i> <i>quarter</i> — the quarterly pack of a target as Markdown and CSV, e.g. <code>/pack deputy-fengming 2026Q3</code>
help-subscribe = /subscribe [<i>target-id</i>…] [digest] — get every new item (or only those for the targets named) as a card with Show / Forward / Reject buttons; with <i>digest</i>, one list every 4 hours instead
help-unsubscribe = /unsubscribe — stop the new-item cards or digests
help-grant = /grant <i>telegram-id</i> <i>role</i> [<i>target-id</i>] — give a role: admin, staff, or deputy (with a target)
help-revoke = /revoke <i>telegram-id</i> [<i>role</i> [<i>target</i>]] — take away one role, one of a deputy's targets, or every role
help-whoami = /whoami — your Telegram id and roles
help-help = /help — this list
help-deputy-buttons = Items forwarded to deputies arrive as cards with buttons: accept, ask the resident, answer, return to triage.

staff-usage = Usage:
staff-unknown-command = I don't know that command. Send /help for the list.
staff-forbidden = Your role does not include that command. Send /help to see yours.
staff-text-hint = Send /help to see your commands.
staff-unsupported = I only read commands, text and button presses here.
staff-bad-code = <code>{ $code }</code> is not an item code. Codes look like <code>K7M3QX</code>.
staff-item-not-found = There is no item <code>{ $code }</code>.
staff-text-too-long = That text is too long: at most { $max } characters.
staff-bad-date = <code>{ $date }</code> is not a date. Use YYYY-MM-DD, for example <code>2026-05-01</code>.
staff-bad-range = The range starts ({ $from }) after it ends ({ $to }).
staff-range-too-long = One export covers at most { $days } days.
staff-merge-self = An item cannot be merged into itself (<code>{ $code }</code>).
staff-grant-needs-target = A deputy needs a target: /grant <i>telegram-id</i> deputy <i>target-id</i>, for example <code>deputy-fengming</code>.
staff-wrong-status = Item <code>{ $code }</code> is { $status ->
        [new] waiting in the queue
        [forwarded] with the deputies, not yet accepted
        [accepted] being handled by the deputies
        [answered] answered
        [closed] closed
        [rejected] rejected
       *[merged] merged into another item
    }, so that is not possible now.
staff-not-now = That is not possible for this item now.
staff-unknown-target = <code>{ $target }</code> is not a target in the directory.
staff-same-target = Item <code>{ $code }</code> already goes to { $target }.
staff-no-target = Item <code>{ $code }</code> has no target yet. Set one first: /route { $code } <i>target-id</i>
staff-no-deputies = Nobody is registered as a deputy for { $target } yet, so item <code>{ $code }</code> stays in the queue. An administrator can add one with /grant <i>telegram-id</i> deputy <i>target-id</i>.
staff-resident-unreachable = The resident of <code>{ $code }</code> can no longer be reached: they erased their data.
staff-merge-target-closed = Item <code>{ $into }</code> is already finished and cannot take in another item.
staff-merge-full = Item <code>{ $into }</code> already has { $max } followers, the most one item can notify. Keep <code>{ $code }</code> separate.
staff-queue-nothing = Nothing to claim: the queue is empty, or someone else has claimed every waiting item.
staff-claimed = Item <code>{ $code }</code> is yours for the next { $minutes } minutes.
staff-rerouted = Item <code>{ $code }</code> now goes to { $to }.{ $requeued ->
        [yes] {" "}It was taken back from the deputies and is in the queue again: /forward it when ready.
       *[no] {""}
    }
staff-forwarded = Item <code>{ $code }</code> was forwarded to { $target } ({ $count ->
        [one] one deputy
       *[other] { $count } deputies
    }).
staff-rejected = Item <code>{ $code }</code> was rejected; the resident has been told the reason.
staff-merged = Item <code>{ $code }</code> was merged into <code>{ $into }</code>; its resident now follows that item ({ $support } residents back it).
staff-reply-sent = Your message about <code>{ $code }</code> was sent to the resident.
staff-closed = Item <code>{ $code }</code> was closed; the resident has been told.
staff-export = Items created from { $from } to { $to }: { $count }.
staff-export-empty = No items were created between { $from } and { $to }.
staff-granted = { $userId } is now { $role ->
        [admin] an administrator
        [staff] staff
       *[deputy] a deputy for { $target }
    }.
staff-grant-exists = { $userId } already has that role.
staff-you-were-granted = You have been given a role at the Yunyang opinion desk: { $role ->
        [admin] administrator
        [staff] staff
       *[deputy] deputy for { $target }
    }. Send /help to see your commands.
staff-revoked = { $role ->
        [all] Every role was
        [admin] The administrator role was
        [staff] The staff role was
        [target] The deputy target { $target } was
       *[deputy] The deputy role was
    } taken from { $userId }.
staff-you-were-revoked = { $role ->
        [all] Your roles at the Yunyang opinion desk have ended.
        [admin] You are no longer an administrator at the Yunyang opinion desk.
        [staff] You are no longer staff at the Yunyang opinion desk.
        [target] You are no longer a deputy for { $target }.
       *[deputy] You are no longer a deputy at the Yunyang opinion desk.
    } Your command menu has changed with it; send /help to see what is left.
staff-revoke-nothing = { $userId } has no such role.
staff-revoke-bootstrap = { $userId } stays an administrator through ADMIN_TELEGRAM_IDS.
staff-button-invalid = That button is not valid. Nothing was done.
staff-button-forbidden = Item <code>{ $code }</code> is not assigned to you. Nothing was done.
staff-button-stale = Item <code>{ $code }</code> has changed since that message was sent. Nothing was done; tap below to see it as it is now.
staff-nothing-pending = There is nothing to cancel.
staff-item-returned = { $by } returned item <code>{ $code }</code> ({ $summary }) to the triage queue.
    Reason: { $reason }

staff-queue =
    <b>Queue:</b> { $waiting } waiting
    New { $new } · forwarded { $forwarded } · accepted { $accepted } · answered { $answered } · closed { $closed } · rejected { $rejected } · merged { $merged }
staff-queue-empty = The queue is empty.
queue-target-line = • { $target ->
        [undecided] no target yet
       *[other] { $target }
    }: { $count }
queue-items-head = <b>Next up ({ $shown }):</b>
queue-line = { $urgent ->
        [yes] ⚠️
       *[no] •
    } <code>{ $code }</code> { $days ->
        [0] { $hours } h
       *[other] { $days } d
    } · { $target ->
        [undecided] no target
       *[other] { $target }
    }{ $claimed ->
        [me] {" "}· yours
        [other] {" "}· claimed
       *[no] {""}
    }{ $support ->
        [1] {""}
       *[other] {" "}· 👥 { $support }
    } — { $summary }

staff-stats =
    <b>Statistics</b> ({ $total } items)
    Median time from submission to forwarding: { $forward ->
        [none] —
       *[other] { $forward } h
    }
    Median time from submission to acceptance: { $accept ->
        [none] —
       *[other] { $accept } h
    }
    Median time from submission to answer: { $answer ->
        [none] —
       *[other] { $answer } h
    }
    Mean rating: { $rating ->
        [none] —
       *[other] { $rating } of 5
    } ({ $rated } rated)
stats-by-status = <b>By status</b>
stats-status-line = • { $status ->
        [new] new
        [forwarded] forwarded
        [accepted] accepted
        [answered] answered
        [closed] closed
        [rejected] rejected
       *[merged] merged
    }: { $count }
stats-by-target = <b>By target</b>
stats-by-category = <b>By topic</b>
stats-line = • { $name ->
        [undecided] no target
       *[other] { $name }
    }: { $count }
stats-scorecards = <b>Scorecards</b>
stats-scorecard-line = • { $name }: { $items } { $items ->
        [one] item
       *[other] items
    } · answered in { $days } days (median) · rating { $rating } · { $topics } { $topics ->
        [one] topic
       *[other] topics
    } · { $sessions } { $sessions ->
        [one] session
       *[other] sessions
    } held · outcomes due { $due }, done { $done } · evaluation { $evaluation }

staff-stale-report = <b>Waiting too long</b> ({ $count }):
staff-stale-line = • <code>{ $code }</code> { $status ->
        [new] in the queue
       *[forwarded] forwarded, not accepted
    } for { $hours } h — { $summary }

## Deputies
deputy-card =
    <b>Item <code>{ $code }</code></b> · { $status ->
        [new] waiting in the queue
        [forwarded] new for you
        [accepted] accepted
        [answered] answered
        [closed] closed
        [rejected] rejected
       *[merged] merged
    }{ $urgent ->
        [yes] {" "}· ⚠️ urgent
       *[no] {""}
    }
    { $summary }

    <b>Place:</b> { $place ->
        [unknown] not given
       *[other] { $place }
    }
    <b>Topic:</b> { $topic }
    <b>Backed by:</b> { $support ->
        [1] the resident alone
       *[other] { $support } residents
    }
    <b>Contact:</b> { $contact ->
        [none] not shared (the resident stays anonymous)
       *[other] { $contact }
    }
    <b>Why it came to you:</b> { $reasons ->
        [none] —
       *[other] { $reasons }
    }

    <b>The resident's words:</b>
    <i>{ $text }</i>
staff-card =
    <b>Item <code>{ $code }</code></b> · { $status ->
        [new] waiting in the queue
        [forwarded] forwarded, not yet accepted
        [accepted] accepted by the deputies
        [answered] answered
        [closed] closed
        [rejected] rejected
       *[merged] merged into <code>{ $mergedInto }</code>
    }{ $urgent ->
        [yes] {" "}· ⚠️ urgent
       *[no] {""}
    }
    { $summary }

    <b>Place:</b> { $place ->
        [unknown] not given
       *[other] { $place }
    }
    <b>Topic:</b> { $topic }
    <b>Goes to:</b> { $target ->
        [undecided] no target yet
       *[other] { $target }
    } (router: { $routed ->
        [undecided] undecided
       *[other] { $routed }
    })
    <b>Router's reasons:</b> { $reasons ->
        [none] —
       *[other] { $reasons }
    }
    <b>Contact:</b> { $contact ->
        [none] not shared
       *[other] { $contact }
    }
    <b>Waiting:</b> { $ageHours } h · <b>claimed by:</b> { $claimed ->
        [none] nobody
       *[other] { $claimed }
    } · <b>support:</b> { $support } · <b>history:</b> { $history } entries

    <b>The resident's words:</b>
    <i>{ $text }</i>
card-rating-line = <b>Resident's rating:</b> { $rating } / 5
card-topic-line = 🗂 On consultation topic <code>{ $topic }</code> (/topic show { $topic })
card-supporter-line = 👥 { $contact ->
        [none] A resident who backs it (anonymous)
       *[other] { $contact }
    }: { $note ->
        [none] —
       *[other] { $note }
    }
card-supporters-more = 👥 … and { $count } more (all in the item's export)
card-thread-line = { $from ->
        [deputy] Deputy
        [staff] Staff
       *[resident] Resident
    } ({ $kind ->
        [question] question
        [reply] reply
        [answer] answer
       *[message] message
    }): { $text }
card-override-line = ↪ Rerouted from { $from ->
        [undecided] no target
       *[other] { $from }
    } to { $to } by { $by }: { $reason }
card-photo = Photo { $n } of { $total } · item <code>{ $code }</code>
deputy-button-accept = ✅ Accept
deputy-button-ask = ❓ Ask the resident
deputy-button-answer = 💬 Answer
deputy-button-return = ↩️ Return to triage
deputy-button-cancel = ✖️ Cancel
button-show = 📄 Show the item
deputy-accepted = You accepted item <code>{ $code }</code>; the resident has been told.
deputy-ask-prompt = Type your question to the resident about <code>{ $code }</code>. Your next message will be passed on.
deputy-answer-prompt = Type your answer for <code>{ $code }</code>. Your next message goes to the resident as the answer.
deputy-return-prompt = Why does <code>{ $code }</code> go back to the triage queue? Type the reason (for example: not in your area, another department's matter). Staff will see it with your name.
deputy-reject-prompt = Type the reason for rejecting <code>{ $code }</code>. Your next message goes to the resident as the reason.
deputy-pending-cancelled = Cancelled. Nothing was sent.
deputy-question-sent = Your question about <code>{ $code }</code> was passed to the resident. Their reply will come here.
deputy-answer-sent = Your answer to <code>{ $code }</code> was sent to the resident, who can now rate it.
deputy-returned = Item <code>{ $code }</code> went back to the triage queue.
deputy-item-withdrawn = Item <code>{ $code }</code> ({ $summary }) is no longer with you: { $status ->
        [new] staff sent it elsewhere
        [rejected] it was rejected
        [merged] it was merged with another item
       *[closed] staff closed it
    }.
deputy-resident-replied =
    The resident replied about <code>{ $code }</code> ({ $summary }):
    <i>{ $text }</i>
deputy-item-rated = The resident rated the answer to <code>{ $code }</code> ({ $summary }): { $rating } of 5. The item is closed.
deputy-item-reopened = The resident says item <code>{ $code }</code> ({ $summary }) is not resolved; it is open again.

## Route reasons on cards
reason-place = “{ $words }” → { $name }
reason-category = “{ $words }” → { $name }
reason-category-chosen = { $name } ({ $by ->
        [model] read by the language model
        [client] given by the submitting system
       *[resident] chosen by the resident
    })
reason-place-chosen = { $name } ({ $by ->
        [pin] the location pin is inside it
       *[resident] chosen by the resident
    })
reason-rule = rule { $rule } → { $target }
reason-rule-none = no rule gives a target yet: staff decide
deputy-stale-reminder = Reminder: item <code>{ $code }</code> ({ $summary }) was forwarded to you { $hours } hours ago and nobody has accepted it yet. Please accept it, ask the resident a question, or return it to triage.

## Consultation topics (#16)
staff-bad-topic = <code>{ $topic }</code> is not a topic id. Topic ids look like <code>T7K3MQ</code>.
staff-bad-session-kind = <code>{ $kind }</code> is not a kind of session. Kinds: { $kinds }.
staff-topic-none = No consultation topic is open.
staff-topic-list = <b>Open consultation topics</b> ({ $count }, { $shown } shown):
staff-topic-line = • <code>{ $topic }</code> { $title } — { $target } · { $stage ->
        [gathering] gathering items
        [scheduled] session set
        [decided] decided
       *[evaluating] evaluating
    } · { $items } { $items ->
        [one] item
       *[other] items
    }
staff-topic-created = Topic <code>{ $topic }</code> "{ $title }" is open for { $target }. Put items on it: /topic add { $topic } CODE…
staff-topic-items-added = Topic <code>{ $topic }</code> now holds { $items } { $items ->
        [one] item
       *[other] items
    }.
staff-topic-scheduled = Session of <code>{ $topic }</code> "{ $title }": { $kind }, { $when } (China time), { $venue }. { $reached } { $reached ->
        [one] resident
       *[other] residents
    } invited.
staff-topic-decided = Decision recorded on <code>{ $topic }</code> "{ $title }" (due { $due }): { $items } { $items ->
        [one] item
       *[other] items
    } answered, { $reached } { $reached ->
        [one] resident
       *[other] residents
    } told.
staff-topic-card = <b>Topic <code>{ $topic }</code></b> { $title }
    Target: { $target } · { $stage ->
        [gathering] gathering items
        [scheduled] session set
        [decided] decided
       *[evaluating] evaluating
    } · { $items } { $items ->
        [one] item
       *[other] items
    }
staff-topic-item-line = • <code>{ $code }</code> [{ $status }] { $summary }
staff-topic-items-more = … and { $count } more
staff-topic-session-line = <b>Session:</b> { $kind ->
        [community] community consultation
        [courtyard] courtyard consultation
        [field] field consultation
        [quarterly-deputy-meeting] quarterly deputy meeting
       *[resident-council] resident council
    }, { $when } (China time), { $venue }
staff-topic-replies-line = <b>Replies:</b> attend { $attend }, not attend { $absent }, in writing { $written }, no answer { $none } · { $views } written { $views ->
        [one] view
       *[other] views
    }
staff-topic-outcome-line = <b>Decision:</b> { $text } — { $responsible }, due { $due }
staff-topic-evaluation-line = <b>Evaluation:</b> { $answers } answers (done { $done }, partly { $partly }, not done { $notDone }) · mean score { $mean }
staff-pack-caption = Quarterly pack: { $title } ({ $file })
staff-new-item = { $urgent ->
        [yes] 🚨 <b>New urgent item</b>
       *[no] 🆕 <b>New item</b>
    } <code>{ $code }</code>: { $summary }
    { $place ->
        [unknown] Place not given
       *[other] { $place }
    } · { $topic } · { $target ->
        [undecided] target to be decided
       *[other] for { $target }
    }
staff-digest = <b>New items since the last digest</b> ({ $count }){ $more ->
        [0] :
       *[other] , the { $more } oldest not listed (see /queue):
    }
staff-digest-line = • { $urgent ->
        [yes] 🚨
       *[no] {""}
    }<code>{ $code }</code> { $summary } → { $target ->
        [undecided] to be decided
       *[other] { $target }
    }
staff-subscribed = You will get { $targets ->
        [all] every new item
       *[other] new items for { $targets }
    } { $digest ->
        [yes] as one digest every { $hours } hours.
       *[no] as a card the moment it is submitted.
    } Send /unsubscribe to stop.
staff-unsubscribed = No more new-item cards or digests for you.
button-forward = ➡️ Forward
button-reject = ✖️ Reject
staff-resident-replied =
    The resident replied to your message about <code>{ $code }</code> ({ $summary }):
    <i>{ $text }</i>
staff-topic-suggestions = <b>Suggested topics for { $target }</b> ({ $count }), from open items that look like the same matter:
staff-topic-suggestion-line = { $n }. { $title } — { $items } items, { $support } residents: { $codes }
button-topic-accept = ✅ Open topic { $n }
staff-topic-no-suggestions = No similar open items for { $target } to group yet.
staff-topic-suggestion-gone = That suggestion has changed since (items moved on or were grouped). Send /topic suggest again.
staff-topic-accepted = Topic <code>{ $topic }</code> "{ $title }" is open for { $target } with { $items } items. Next: /topic session { $topic } …
