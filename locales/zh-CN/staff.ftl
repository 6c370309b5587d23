## 工作人员机器人
staff-start = 欢迎使用云阳民意工作台。{ $hasRole ->
        [yes] 您当前的身份：{ $roles }。发送 /help 查看可用命令。
       *[no] 本机器人仅供县里工作人员和代表使用。如需开通，请将您的 Telegram ID <code>{ $userId }</code> 告知管理员。
    }
staff-help =
    <b>命令</b>
    /whoami — 查看您的 Telegram ID 和身份
    /help — 显示本说明
staff-whoami = 您的 Telegram ID 是 <code>{ $userId }</code>。身份：{ $roles }。
staff-no-role = 本机器人仅供县里工作人员和代表使用。
role-none = 无
role-admin = 管理员
role-staff = 工作人员
role-deputy = 代表（{ $target }）
