# Consultation topics (议题): invitations, reminders, outcomes, evaluation (handlers/topics).

session-kind-community = 社区协商
session-kind-courtyard = 院坝协商
session-kind-field = 田坎协商
session-kind-quarterly-deputy-meeting = 代表季度集中接待
session-kind-resident-council = 居民议事会

topic-invitation =
    <b>邀请您参加协商：{ $title }</b>
    您提的意见 <code>{ $code }</code> 已列入议题 <code>{ $topic }</code>。
    { $kind }｜{ $when }｜{ $venue }
    （{ $target }）

    您会来参加吗？也可以把意见写下来发给我们。
topic-button-attend = 参加
topic-button-absent = 不参加
topic-button-written = 书面提交意见
topic-reminder =
    <b>明天协商：{ $title }</b>
    { $kind }｜{ $when }｜{ $venue }
    （{ $target }）
topic-outcome =
    <b>议题 <code>{ $topic }</code> 已有协商结果：{ $title }</b>
    <i>{ $text }</i>
    责任单位：{ $responsible }
    完成时限：{ $due }
    您的意见 <code>{ $code }</code> 以此答复。{ $rate ->
        [yes] {"\u000A\u000A"}您对这个答复满意吗？请点 1（很不满意）到 5（很满意）评分。如果问题没有解决，请点 <b>未解决</b>。
       *[no] {""}
    }
topic-evaluation =
    <b>协商结果办得怎么样了？{ $title }</b>
    <i>{ $text }</i>
    责任单位：{ $responsible }（时限 { $due }）

    请告诉我们：办好了吗？
topic-button-done = 办好了
topic-button-partly = 办了一部分
topic-button-not-done = 没有办
topic-evaluation-score = 谢谢！请给“{ $title }”的办理效果打分：1（很不满意）到 5（很满意）。
topic-evaluation-thanks = 谢谢您的评价！“{ $title }”的办理效果已记录。
topic-rsvp-attend = 谢谢！已记下您会参加“{ $title }”的协商。
topic-rsvp-absent = 已记下您不参加“{ $title }”的协商。协商结果会告诉您。
topic-view-prompt = 请直接输入您的意见并发送，我们会附在协商议题里（不显示您的身份）。不想写了请发 /cancel。
topic-view-attached = 您的书面意见已附在“{ $title }”议题里（不显示您的身份）。
topic-deputy-session =
    <b>新的协商：{ $title }</b>（<code>{ $topic }</code>）
    { $kind }｜{ $when }｜{ $venue }
    { $target }：{ $items } 件意见，已邀请 { $invited } 位群众。会前一天会发给您议程材料。
topic-pack-caption = 议程材料：{ $title }（{ $file }）

topic-exists = 这个议题已经存在。
topic-no-items = 议题至少要有一件意见才能安排会议（/topic add）。
topic-too-many-items = 一个议题最多 50 件意见。
topic-no-title = 请给议题起个标题。
topic-unknown = 没有议题 { $topic }。
topic-already-decided = 议题 { $topic } 已有协商结果，不能再改。
topic-nothing-added = 这些意见已经在议题 { $topic } 里了。
topic-no-venue = 请写明协商地点。
topic-rsvp-closed = 这次协商的回复已经结束。
topic-view-empty = 书面意见不能为空。
topic-views-full = 这个议题收到的书面意见已满。
topic-no-session = 议题 { $topic } 还没有安排协商会议。
topic-outcome-empty = 请写明协商结果。
topic-no-responsible = 请写明责任单位。
topic-bad-due-date = 完成时限请写成 2026-07-31 这样的日期。
topic-evaluation-closed = 这个议题现在不收评价。
topic-evaluation-verdict-first = 请先告诉我们办好了没有。
topic-nothing-due = 议题 { $topic } 现在没有要做的事。
topic-item-unknown = 没有意见 { $code }。
topic-item-other-target = 意见 { $code } 属于 { $target }，不属于这个议题的对象。
topic-item-closed = 意见 { $code } 已经结束（{ $status }），不能列入议题。
topic-item-on-other-topic = 意见 { $code } 已在议题 { $topic } 里。
topic-busy = 议题正在被别人修改，请再试一次。
topic-unknown-target = 没有这个对象：{ $target }。
topic-not-yours = 这个按钮不是给您的。
topic-bad-quarter = 季度请写成 2026Q2 这样。
