public-site-title = Yunyang residents' matters
public-item-title = Matter { $code }
public-status = { $status ->
        [new] received, waiting to be sent on
        [forwarded] sent to the deputies
        [accepted] taken up by the deputies
        [answered] answered
        [closed] closed
        [rejected] not taken up
       *[merged] merged into another matter
    }
public-place = Place
public-topic = Topic
public-target = Handled by
public-target-undecided = not decided yet
public-place-unknown = not given
public-support = { $support ->
        [1] 1 resident raised this matter
       *[other] { $support } residents back this matter
    }
public-timeline = How it went
public-answer = The deputies' answer
public-no-answer = No answer yet.
public-merged-into = This matter is followed up under { $code }.
public-privacy = This page shows the matter, never the residents: no words, names, contacts, photos or exact locations of theirs.
public-overview-title = Open matters by deputy studio and consultation room
public-overview-open = Open matters
public-overview-median = Median days to an answer
public-overview-rating = Mean rating
public-overview-none = —
public-overview-empty = No open matters.
public-overview-more = { $count } more
public-page-next = Next page
public-page-previous = Previous page
public-not-found = There is no matter with this code.
public-rate-limited = Too many requests from your address. Please wait a minute.
public-language = Language
public-page-link = Follow it online: { $url }
public-consultation = Consultation
public-session = { $kind } at { $venue },
public-outcome = What was decided
public-outcome-by = Responsible: { $responsible } · due { $due }
