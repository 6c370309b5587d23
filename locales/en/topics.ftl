# Consultation topics: invitations, reminders, outcomes, evaluation (handlers/topics).

session-kind-community = Community consultation
session-kind-courtyard = Courtyard consultation
session-kind-field = Field consultation
session-kind-quarterly-deputy-meeting = Quarterly deputy meeting
session-kind-resident-council = Resident council

topic-invitation =
    <b>You are invited to a consultation: { $title }</b>
    Your item <code>{ $code }</code> is on topic <code>{ $topic }</code>.
    { $kind } · { $when } · { $venue }
    ({ $target })

    Will you come? You can also send us your view in writing.
topic-button-attend = I will attend
topic-button-absent = I will not attend
topic-button-written = Send my view in writing
topic-reminder =
    <b>Consultation tomorrow: { $title }</b>
    { $kind } · { $when } · { $venue }
    ({ $target })
topic-outcome =
    <b>Topic <code>{ $topic }</code> has been decided: { $title }</b>
    <i>{ $text }</i>
    Responsible: { $responsible }
    Due: { $due }
    This is the answer to your item <code>{ $code }</code>.{ $rate ->
        [yes] {"\u000A\u000A"}How satisfied are you with the answer? Tap 1 (not at all) to 5 (very). If the problem is not solved, tap <b>Not resolved</b>.
       *[no] {""}
    }
topic-evaluation =
    <b>Was it done? { $title }</b>
    <i>{ $text }</i>
    Responsible: { $responsible } (due { $due })

    Please tell us: has it been done?
topic-button-done = Done
topic-button-partly = Partly
topic-button-not-done = Not done
topic-evaluation-score = Thank you! How well was "{ $title }" carried out? Tap 1 (not at all) to 5 (very well).
topic-evaluation-thanks = Thank you! Your evaluation of "{ $title }" is recorded.
topic-rsvp-attend = Thank you! We noted that you will attend "{ $title }".
topic-rsvp-absent = We noted that you will not attend "{ $title }". You will hear the outcome.
topic-view-prompt = Please type your view and send it: it will be attached to the consultation topic without your name. /cancel to leave it.
topic-view-attached = Your written view is attached to "{ $title }" without your name.
topic-deputy-session =
    <b>New consultation: { $title }</b> (<code>{ $topic }</code>)
    { $kind } · { $when } · { $venue }
    { $target }: { $items ->
        [one] one item
       *[other] { $items } items
    }, { $invited ->
        [one] one resident invited
       *[other] { $invited } residents invited
    }. The agenda pack follows the day before.
topic-pack-caption = Agenda pack: { $title } ({ $file })

topic-exists = This topic already exists.
topic-no-items = A topic needs at least one item before its session (/topic add).
topic-too-many-items = A topic holds at most 50 items.
topic-no-title = Please give the topic a title.
topic-unknown = There is no topic { $topic }.
topic-already-decided = Topic { $topic } has been decided and can no longer change.
topic-nothing-added = Those items are already on topic { $topic }.
topic-no-venue = Please name the venue.
topic-rsvp-closed = Replies to this consultation are closed.
topic-view-empty = A written view cannot be empty.
topic-views-full = This topic has received all the written views it can hold.
topic-no-session = Topic { $topic } has no session yet.
topic-outcome-empty = Please write the decision.
topic-no-responsible = Please name the responsible body.
topic-bad-due-date = Write the due date like 2026-07-31.
topic-evaluation-closed = This topic takes no evaluation now.
topic-evaluation-verdict-first = Please first tell us whether it was done.
topic-nothing-due = Nothing is due for topic { $topic } now.
topic-item-unknown = There is no item { $code }.
topic-item-other-target = Item { $code } belongs to { $target }, not to this topic's target.
topic-item-closed = Item { $code } is finished ({ $status }) and cannot join a topic.
topic-item-on-other-topic = Item { $code } is already on topic { $topic }.
topic-busy = Someone else is changing this topic: please try again.
topic-unknown-target = There is no target { $target }.
topic-not-yours = This button is not for you.
topic-bad-quarter = Write the quarter like 2026Q2.
