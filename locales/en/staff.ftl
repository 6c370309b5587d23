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
