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
