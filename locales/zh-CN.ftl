## 居民机器人
start-welcome =
    您好{ $name ->
        [none] {""}
       *[other] ，{ $name }
    }！我负责为云阳县人大代表之家、代表工作室和“渝事好商量”民生议事厅收集群众的意见和建议。

    有什么烦心事，直接用自己的话告诉我就行，比如：<i>“凤鸣镇到县城的公交车太少了。”</i>我只会问缺少的信息，发出前先请您确认，之后每一步进展都会告诉您。
help-resident =
    <b>使用说明</b>
    随时用自己的话写下您遇到的问题。我会判断地点和类别，只问缺少的信息，请您确认后一键提交。提交后您会收到一个简短的编号，每一步进展都会通知您。

    /new — 重新开始一条意见
    /my — 我的意见及办理进度
    /status <i>编号</i> — 查询某条意见的进度
    /cancel — 放弃正在填写的草稿
    /lang — 切换语言
    /privacy — 我们保存什么、谁能看到
    /forget — 删除我的个人信息
    /help — 显示本说明

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

## 通用
error-generic = 抱歉，系统出了点问题，请稍后再试。
