# Consultation topics (議題): invitations, reminders, outcomes, evaluation (handlers/topics).

session-kind-community = 社區協商
session-kind-courtyard = 院壩協商
session-kind-field = 田坎協商
session-kind-quarterly-deputy-meeting = 代表季度集中接待
session-kind-resident-council = 居民議事會

topic-invitation =
    <b>邀請您參加協商：{ $title }</b>
    您提的意見 <code>{ $code }</code> 已列入議題 <code>{ $topic }</code>。
    { $kind }｜{ $when }｜{ $venue }
    （{ $target }）

    您會來參加嗎？也可以把意見寫下來發給我們。
topic-button-attend = 參加
topic-button-absent = 不參加
topic-button-written = 書面提交意見
topic-reminder =
    <b>明天協商：{ $title }</b>
    { $kind }｜{ $when }｜{ $venue }
    （{ $target }）
topic-outcome =
    <b>議題 <code>{ $topic }</code> 已有協商結果：{ $title }</b>
    <i>{ $text }</i>
    責任單位：{ $responsible }
    完成時限：{ $due }
    您的意見 <code>{ $code }</code> 以此答覆。{ $rate ->
        [yes] {"\u000A\u000A"}您對這個答覆滿意嗎？請點 1（很不滿意）到 5（很滿意）評分。如果問題沒有解決，請點 <b>未解決</b>。
       *[no] {""}
    }
topic-evaluation =
    <b>協商結果辦得怎麼樣了？{ $title }</b>
    <i>{ $text }</i>
    責任單位：{ $responsible }（時限 { $due }）

    請告訴我們：辦好了嗎？
topic-button-done = 辦好了
topic-button-partly = 辦了一部分
topic-button-not-done = 沒有辦
topic-evaluation-score = 謝謝！請給「{ $title }」的辦理效果打分：1（很不滿意）到 5（很滿意）。
topic-evaluation-thanks = 謝謝您的評價！「{ $title }」的辦理效果已記錄。
topic-rsvp-attend = 謝謝！已記下您會參加「{ $title }」的協商。
topic-rsvp-absent = 已記下您不參加「{ $title }」的協商。協商結果會告訴您。
topic-view-prompt = 請直接輸入您的意見並發送，我們會附在協商議題裡（不顯示您的身份）。不想寫了請發 /cancel。
topic-view-attached = 您的書面意見已附在「{ $title }」議題裡（不顯示您的身份）。
topic-deputy-session =
    <b>新的協商：{ $title }</b>（<code>{ $topic }</code>）
    { $kind }｜{ $when }｜{ $venue }
    { $target }：{ $items } 件意見，已邀請 { $invited } 位群眾。會前一天會發給您議程材料。
topic-pack-caption = 議程材料：{ $title }（{ $file }）

topic-exists = 這個議題已經存在。
topic-no-items = 議題至少要有一件意見才能安排會議（/topic add）。
topic-too-many-items = 一個議題最多 50 件意見。
topic-no-title = 請給議題起個標題。
topic-unknown = 沒有議題 { $topic }。
topic-already-decided = 議題 { $topic } 已有協商結果，不能再改。
topic-nothing-added = 這些意見已經在議題 { $topic } 裡了。
topic-no-venue = 請寫明協商地點。
topic-rsvp-closed = 這次協商的回覆已經結束。
topic-view-empty = 書面意見不能為空。
topic-views-full = 這個議題收到的書面意見已滿。
topic-no-session = 議題 { $topic } 還沒有安排協商會議。
topic-outcome-empty = 請寫明協商結果。
topic-no-responsible = 請寫明責任單位。
topic-bad-due-date = 完成時限請寫成 2026-07-31 這樣的日期。
topic-evaluation-closed = 這個議題現在不收評價。
topic-evaluation-verdict-first = 請先告訴我們辦好了沒有。
topic-nothing-due = 議題 { $topic } 現在沒有要做的事。
topic-item-unknown = 沒有意見 { $code }。
topic-item-other-target = 意見 { $code } 屬於 { $target }，不屬於這個議題的對象。
topic-item-closed = 意見 { $code } 已經結束（{ $status }），不能列入議題。
topic-item-on-other-topic = 意見 { $code } 已在議題 { $topic } 裡。
topic-busy = 議題正在被別人修改，請再試一次。
topic-unknown-target = 沒有這個對象：{ $target }。
topic-not-yours = 這個按鈕不是給您的。
topic-bad-quarter = 季度請寫成 2026Q2 這樣。
