## 居民機器人
start-welcome =
    您好{ $name ->
        [none] {""}
       *[other] ，{ $name }
    }！我負責為雲陽縣人大代表之家、代表工作室和「渝事好商量」民生議事廳收集民眾的意見和建議。

    有什麼煩心事，直接用自己的話告訴我就行，例如：<i>「鳳鳴鎮到縣城的公車太少了。」</i>我只會詢問缺少的資訊，送出前先請您確認，之後每一步進展都會通知您。
help-resident =
    <b>使用說明</b>
    隨時用自己的話寫下您遇到的問題。我會判斷地點和類別，只詢問缺少的資訊，請您確認後一鍵送出。送出後您會收到一個簡短的編號，每一步進展都會通知您。

    /new — 重新開始一則意見
    /my — 我的意見及辦理進度
    /status <i>編號</i> — 查詢某則意見的進度
    /cancel — 放棄正在填寫的草稿
    /lang — 切換語言
    /privacy — 我們保存什麼、誰能看到
    /forget — 刪除我的個人資料
    /help — 顯示本說明

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

## 通用
error-generic = 抱歉，系統出了點問題，請稍後再試。
