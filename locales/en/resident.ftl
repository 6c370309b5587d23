## Resident bot
start-welcome =
    Hello{ $name ->
        [none] {""}
       *[other] , { $name }
    }! I collect residents' suggestions and complaints for Yunyang County's people's-deputy stations, deputy studios and "渝事好商量" consultation rooms.

    Just tell me, in your own words, what is bothering you — for example: <i>"The bus from Fengming to the county town runs too rarely."</i> I will ask only for what is missing, show you the item before it is sent, and keep you posted until it is answered.
help-resident =
    <b>How it works</b>
    Write what troubles you in your own words, at any time. I work out where and what it is about, ask only for what is missing, read it back to you, and submit it on one tap. You get a short code and a message at every step.

    /new — start a new item
    /my — your items and their status
    /status <i>code</i> — the status of one item
    /cancel — drop the draft you are writing
    /lang — change the language
    /privacy — what is kept and who sees it
    /forget — erase your personal data
    /help — this message
draft-waiting = You have an unfinished item. Carry on where you left off, or send /new to start over.
not-a-suggestion = Hello! Tell me in your own words what is bothering you — what happened, and where. For example: <i>"The street lights on Binjiang Road in Shuangjiang have been broken for a week."</i>
ask-text = What is this about? Please describe the problem in a few words.
ask-more-text = Write what you would like to add; I will attach it to your item.
ask-place = Where is this? Tap the town or street, or just type the place.
ask-place-model = { $question }
ask-place-which = Which place is this about, { $places }? Tap one, or just type the place.
ask-place-pin = Thanks, the pin shows the exact spot. So that it reaches the right studio, which town or street is it in? Tap one, or type it.
button-pin-not-sure = Not sure: staff can use the pin
ask-topic = What is it mainly about? Tap the closest topic.
ask-topic-model = { $question }
place-button = { $name }
button-not-sure = I'm not sure
button-other-place = Another place
ask-attachments = Would a photo or a location pin help the deputies? Send a photo or tap the button below — or skip.
kb-share-location = 📍 Send my location
kb-skip = Skip
ask-contact =
    May the deputies contact you about this? Tap <b>Share my phone number</b> below, or stay anonymous.

    If you share it, only county staff and the deputies handling this item will see your name and number. If you stay anonymous, nobody outside the county's system sees who you are; you still get every update here.
kb-share-contact = 📱 Share my phone number
kb-anonymous = Stay anonymous
contact-thanks = Thank you — your number will be shown only to county staff and the deputies handling this item.
contact-saved = Thank you, your number is saved. It will be attached only to items where you choose to share it.
contact-not-own = Please share <b>your own</b> number with the button below, not someone else's contact card.
anonymous-ok = Understood: your item will be sent without your name or number.
ok = OK.
review-card =
    <b>Please check your item before it is sent</b>

    <b>Summary:</b> { $summary }
    <b>Place:</b> { $place ->
        [unknown] not given (staff will ask or decide)
       *[other] { $place }
    }
    <b>Topic:</b> { $topic }
    <b>Goes to:</b> { $target ->
        [undecided] county staff will decide
       *[other] { $target }
    }
    <b>Photos:</b> { $photos } · <b>Location pin:</b> { $location ->
        [yes] yes
       *[no] no
    }
    <b>Contact:</b> { $contact ->
        [anonymous] anonymous
       *[other] { $contact } (shown only to staff and the deputies handling it)
    }

    <b>Your words:</b>
    <i>{ $text }</i>
button-submit = ✅ Submit
button-edit = ✏️ Edit
button-cancel = ✖️ Cancel
edit-menu = What would you like to change?
button-edit-place = Place
button-edit-topic = Topic
button-edit-text = Add details
button-edit-contact = Contact
button-back = ← Back to the summary
ask-what-happened = { $place ->
    [county] What happened? Please tell me in a few words what the problem is.
   *[other] What happened in { $place }? Please tell me in a few words what the problem is.
}
answer-or-draft = The deputies are waiting for your answer about item <code>{ $code }</code>, and you also have an unfinished item. Is this message your answer to them?
button-answer-deputy = Yes, send it to the deputies
button-add-to-draft = No, add it to my new item
correction-applied = Corrected.
draft-extended = Added to your item.
photo-added = Photo attached ({ $count } of { $max }).
photo-limit = An item can carry at most { $max } photos.
location-added = Location pin attached.
location-place = Location pin attached. It is in { $place }, so that is the place I will use; if that is wrong, tap Edit → Place on the summary.
submitted =
    ✅ <b>Submitted.</b> Your item's code is <code>{ $code }</code>.

    <b>Summary:</b> { $summary }
    <b>Place:</b> { $place ->
        [unknown] not given
       *[other] { $place }
    }
    <b>Topic:</b> { $topic }

    What happens next: county staff read it (normally within one working day) and pass it to { $target ->
        [undecided] the right deputies
       *[other] { $target }
    }. You will get a message here at every step, and you can ask at any time with /status { $code }.
items-limit = You have already sent the most items allowed for today. Your draft is kept — please submit it tomorrow.
rate-limited = You are sending messages very quickly. Please wait a minute, then carry on — nothing you wrote is lost.
text-too-long = That message is { $length } characters long; I can take at most { $max } at a time. Please split it into shorter messages — each one is added to your item.
item-too-long = This item is already very long (over { $max } characters). Please submit it, and start a new one for anything else.
unsupported = Sorry, I can only read text, photos and location pins. Please write it down in a message.
unsupported-voice = Sorry, I cannot listen to voice or video messages yet. Please type what you wanted to say.
button-expired = That button belongs to an older message and no longer applies. Please use the latest message.
unknown-command = I don't know that command. Send /help to see what I can do.
new-started = Starting afresh. Tell me in your own words what is bothering you.
cancelled = Your draft has been discarded. Write to me any time you want to start again.
nothing-to-cancel = There is nothing to cancel — you have no unfinished item.
lang-choose = Choose your language:
lang-name-zh-CN = 简体中文
lang-name-zh-TW = 繁體中文
lang-name-en = English
lang-set = Done — I will speak English from now on.
my-empty = You have not submitted any items yet. Just write to me to start one.
my-items = <b>Your items</b> ({ $count }):
my-item-line = • <code>{ $code }</code> { $status ->
        [new] waiting for review
        [forwarded] sent to the deputies
        [accepted] being handled
        [answered] answered
        [closed] closed
        [rejected] not taken up
       *[merged] merged
    } — { $summary }
status-usage = Send /status followed by your item's code, for example <code>/status K7M3QX</code>. /my lists all your items.
status-not-found = I can't find an item <code>{ $code }</code> among yours. Check the code, or send /my to list your items.
status-item =
    <b>Item <code>{ $code }</code></b>
    { $summary }

    <b>Status:</b> { $status ->
        [new] waiting for review by county staff
        [forwarded] sent to the deputies, waiting for them to take it up
        [accepted] the deputies are handling it
        [answered] answered — please rate the answer
        [closed] closed
        [rejected] not taken up
       *[merged] merged with a similar item
    }
    <b>Handled by:</b> { $target ->
        [undecided] to be decided by county staff
       *[other] { $target }
    }{ $answer ->
        [none] {""}
       *[other] {"\u000A"}<b>Answer:</b> { $answer }
    }{ $rating ->
        [none] {""}
       *[other] {"\u000A"}<b>Your rating:</b> { $rating } / 5
    }

privacy =
    <b>What we keep, and who sees it</b>

    • <b>To talk with you:</b> your Telegram user id and chat id, your first name and the language you use. We need them to reply and to tell you about your items.
    • <b>Your items:</b> your words, photos, location pins, the place and topic, and every step taken on them.
    • <b>Your phone number:</b> only if you share it for an item.
    • <b>Unfinished drafts</b> are deleted after 72 hours without activity.

    <b>Who sees what:</b> county staff see your items and, if you shared it, your name and number. The deputies handling an item see its content; they see your name and number only if you chose to share them, and never your Telegram account. Systems that read the county's statistics see items without anyone's identity.

    /forget erases your contact, your name and the link to this chat, and removes your identity from your items (the items themselves stay, anonymous, so the county can finish following them up).
forget-confirm = This will erase your phone number, your name and the link to this chat, and remove your identity from all your items. You will no longer receive updates about them. Are you sure?
button-forget-yes = Yes, erase my data
button-forget-no = No, keep it
forget-done = Done. Your personal data is erased{ $count ->
    [0] .
    [one] {" "}and your item is now anonymous.
   *[other] {" "}and your { $count } items are now anonymous.
} If you write again, we start afresh.
forget-cancelled = Nothing was erased.
reply-prompt = Please write your reply to the deputies' question about item <code>{ $code }</code>. Your next message will be passed on.
reply-relayed = Thank you — your reply about <code>{ $code }</code> has been passed to the deputies.
reply-relayed-staff = Thank you — your reply about <code>{ $code }</code> has been passed to county staff.
item-closed-for-replies = Item <code>{ $code }</code> is closed, so replies can no longer be added. Write to me to start a new item.
rating-not-open = Item <code>{ $code }</code> cannot be rated now.
rated-thanks = Thank you for rating the answer to <code>{ $code }</code>: { $rating } of 5. The item is now closed.
rated-thanks-follower = Thank you for rating the answer to <code>{ $code }</code>: { $rating } of 5.
reopen-not-possible = Item <code>{ $code }</code> cannot be reopened now.
reopened = Item <code>{ $code }</code> has been sent back to the deputies as not resolved. We will let you know what happens.
me-too-offer = { $count ->
        [one] Before you send it: this item, already raised by another resident, looks like the same matter. Is it yours too? Joining adds your words to it, and you get every update and the answer.
       *[other] Before you send it: these items, already raised by other residents, look like the same matter. Is one of them yours too? Joining adds your words to it, and you get every update and the answer.
    }
me-too-card = • <code>{ $code }</code> { $summary }
    { $status ->
        [new] waiting for review
        [forwarded] sent to the deputies
        [accepted] being handled
       *[answered] answered
    } · goes to { $target ->
        [undecided] county staff to decide
       *[other] { $target }
    } · { $support ->
        [one] 1 resident
       *[other] { $support } residents
    } behind it
button-me-too = 🙋 This is mine too: { $code }
button-not-mine = No, mine is different
me-too-joined =
    ✅ <b>You have joined item <code>{ $code }</code></b>: { $summary }

    No second item was made; your words were added to this one, and { $support } residents now stand behind it. It goes to { $target ->
        [undecided] the right deputies
       *[other] { $target }
    }. You will get every update and the answer here, and you can rate it. /status { $code } shows it at any time.
me-too-closed = Item <code>{ $code }</code> can no longer be joined (it was closed or merged in the meantime). Here is your own item to send instead:
my-item-line-followed = • <code>{ $code }</code> (followed) { $status ->
        [new] waiting for review
        [forwarded] sent to the deputies
        [accepted] being handled
        [answered] answered
        [closed] closed
        [rejected] not taken up
       *[merged] merged
    } — { $summary }
button-unfollow = Unfollow { $code }
unfollowed = You no longer follow item <code>{ $code }</code>: no more updates about it, and your words were taken off it.
unfollow-not-following = You do not follow item <code>{ $code }</code> (any more).
