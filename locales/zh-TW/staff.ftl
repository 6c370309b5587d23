## 工作人員機器人
staff-start = 歡迎使用雲陽民意工作台。{ $hasRole ->
        [yes] 您目前的身分：{ $roles }。傳送 /help 查看可用指令。
       *[no] 本機器人僅供縣裡工作人員和代表使用。如需開通，請將您的 Telegram ID <code>{ $userId }</code> 告知管理員。
    }
staff-help =
    <b>指令</b>
    /whoami — 查看您的 Telegram ID 和身分
    /help — 顯示本說明
staff-whoami = 您的 Telegram ID 是 <code>{ $userId }</code>。身分：{ $roles }。
staff-no-role = 本機器人僅供縣裡工作人員和代表使用。
role-none = 無
role-admin = 管理員
role-staff = 工作人員
role-deputy = 代表（{ $target }）
