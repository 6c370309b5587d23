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

## Staff bot
staff-start = Welcome to the Yunyang opinion desk. { $hasRole ->
        [yes] You are signed in as { $roles }. Send /help to see your commands.
       *[no] This bot is for county staff and deputies. If you should have access, ask an administrator to grant you a role, quoting your Telegram id: <code>{ $userId }</code>.
    }
staff-help =
    <b>Commands</b>
    /whoami — your Telegram id and roles
    /help — this message
staff-whoami = Your Telegram id is <code>{ $userId }</code>. Roles: { $roles }.
staff-no-role = This bot is for county staff and deputies only.
role-none = none
role-admin = administrator
role-staff = staff
role-deputy = deputy ({ $target })

## Shared
error-generic = Sorry, something went wrong on our side. Please try again in a moment.
