public-site-title = 云阳群众意见办理
public-item-title = 意见 { $code }
public-status = { $status ->
        [new] 已收到，待分派
        [forwarded] 已转交代表
        [accepted] 代表已接收
        [answered] 已答复
        [closed] 已办结
        [rejected] 不予受理
       *[merged] 已并入其他意见
    }
public-place = 地点
public-topic = 类别
public-target = 办理单位
public-target-undecided = 尚未确定
public-place-unknown = 未提供
public-support = { $support ->
        [1] 1 位居民反映
       *[other] { $support } 位居民反映或支持
    }
public-timeline = 办理进程
public-answer = 代表答复
public-no-answer = 暂无答复。
public-merged-into = 这件事已并入 { $code } 继续办理。
public-privacy = 本页只显示事项本身，不显示任何居民的原话、姓名、联系方式、照片或精确位置。
public-overview-title = 各代表工作室和协商议事室正在办理的意见
public-overview-open = 办理中
public-overview-median = 答复用时中位数（天）
public-overview-rating = 平均评分
public-overview-none = —
public-overview-empty = 暂无办理中的意见。
public-overview-more = 另有 { $count } 条
public-page-next = 下一页
public-page-previous = 上一页
public-not-found = 没有这个编号的意见。
public-rate-limited = 您所在的地址请求过于频繁，请一分钟后再试。
public-language = 语言
public-page-link = 在线查看办理进程：{ $url }
public-consultation = 协商议题
public-session = { $kind }，地点：{ $venue }，时间：
public-outcome = 协商结果
public-outcome-by = 责任单位：{ $responsible } · 完成期限：{ $due }
