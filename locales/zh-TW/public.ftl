public-site-title = 雲陽群眾意見辦理
public-item-title = 意見 { $code }
public-status = { $status ->
        [new] 已收到，待分派
        [forwarded] 已轉交代表
        [accepted] 代表已接收
        [answered] 已答覆
        [closed] 已辦結
        [rejected] 不予受理
       *[merged] 已併入其他意見
    }
public-place = 地點
public-topic = 類別
public-target = 辦理單位
public-target-undecided = 尚未確定
public-place-unknown = 未提供
public-support = { $support ->
        [1] 1 位居民反映
       *[other] { $support } 位居民反映或支持
    }
public-timeline = 辦理進程
public-answer = 代表答覆
public-no-answer = 暫無答覆。
public-merged-into = 這件事已併入 { $code } 繼續辦理。
public-privacy = 本頁只顯示事項本身，不顯示任何居民的原話、姓名、聯絡方式、照片或精確位置。
public-overview-title = 各代表工作室和協商議事室正在辦理的意見
public-overview-open = 辦理中
public-overview-median = 答覆用時中位數（天）
public-overview-rating = 平均評分
public-overview-none = —
public-overview-empty = 暫無辦理中的意見。
public-overview-more = 另有 { $count } 則
public-page-next = 下一頁
public-page-previous = 上一頁
public-not-found = 沒有這個編號的意見。
public-rate-limited = 您所在的位址請求過於頻繁，請一分鐘後再試。
public-language = 語言
public-page-link = 線上查看辦理進程：{ $url }
public-consultation = 協商議題
public-session = { $kind }，地點：{ $venue }，時間：
public-outcome = 協商結果
public-outcome-by = 責任單位：{ $responsible } · 完成期限：{ $due }
