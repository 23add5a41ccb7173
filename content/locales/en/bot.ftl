# The Telegram bot's messages. English is the source: every other language's bot.ftl has the same
# messages, with the same variables.
#
# Messages are Telegram HTML: <b>, <i>, <code>, <pre> and <a href="…"> may be used, and a literal
# "&", "<" or ">" must be written &amp;, &lt; or &gt;. Variables arrive escaped (a partner's name,
# a user's text); variables holding a link or a sub-message arrive as HTML. Messages named
# bot-command-*, bot-button-* and those marked "plain" are shown as typed (buttons, notices, the
# command menu): no markup there.
#
# Figures are passed raw: { MONEY($amount) } for money ("$/€2,500"), { DAY($date) } for a day
# ("1 December 2026"), { PERCENT($value) } for a percentage ("40%"), { $count } for a number.
# Yes/no variables select with [true] and [false].

## The command menu (plain)
bot-command-start = What I can do
bot-command-tiers = The statuses side by side
bot-command-check = Which status you qualify for
bot-command-find = Find a listed partner
bot-command-status = Your status and progress (team members)
bot-command-deadlines = Your upcoming dates (team members)
bot-command-reminders = Your deadline reminders, on or off (team members)
bot-command-leads = Implementation requests and your rating (team members)
bot-command-language = Change the language I write in
bot-command-help = Commands and example questions

## Buttons (plain)
bot-button-tiers = 📊 Statuses
bot-button-check = ✅ Check eligibility
bot-button-find = 🔎 Find a partner
bot-button-status = 📈 My status
bot-button-deadlines = 📅 My deadlines
bot-button-help = ❓ Help
bot-button-back = « Back
bot-button-cancel = ✖ Cancel
bot-button-again = 🔁 Check again
bot-button-yes = Yes
bot-button-no = No
bot-button-zero = None (0)
bot-button-all = All of it
bot-button-not-partner = Not a partner yet
bot-button-any-service = Any service
bot-button-other-country = « Other country
bot-button-other-service = « Other service
bot-button-open-private = 🔒 Open a private chat

## /start and /help
bot-start-welcome =
    👋 Hi! I'm the <b>{ $program }</b> assistant.

    I can show you the partner statuses, check which one your company qualifies for, find listed partners, and answer questions about the program rules. Just ask in your own words, like “How long is the NFR subscription valid?”
bot-start-linked = You're linked to <b>{ $partner }</b>: /status shows where you stand, /deadlines your upcoming dates.
bot-help-commands =
    <b>What I can do</b>
    /tiers — the statuses side by side
    /check — which status you qualify for, and what's missing
    /find — listed partners by country and service
    /status — your status and progress (partner team members)
    /deadlines — your upcoming dates (partner team members)
    /reminders — your deadline reminders, on or off (partner team members)
    /leads — implementation requests from clients, and your rating (partner team members)
    /language — the language I write in
bot-help-admin =
    /reload — read the content again now
    /stats — usage figures
    /reminders status — what the reminders sent, and what failed
    /leads stats — implementation requests by country and kind
# $examples: the example questions below, one a line.
bot-help-ask =
    Or ask a question about the program, like:
    { $examples }
bot-help-example-nfr = How long is the NFR subscription valid?
bot-help-example-discount = What discount does { $status } get?
bot-help-example-bonus = Can I pay an on-premise renewal with a bonus?
bot-help-source = My answers come from the { $docs }.
bot-help-docs-name = program docs

## /language
bot-language-choose = In which language shall I write to you?
bot-language-set = From now on I write to you in { $language }.
# plain
bot-language-expired = This button has expired. Send /language to choose again.

## A partner's own data, and who may see it
bot-privacy-private-only = 🔒 I show a partner's own data only in a private chat with me. Tap below to open one.
bot-privacy-not-linked =
    Your Telegram account isn't linked to a partner.

    To link it, ask your partner manager to add your Telegram user id <code>{ $userId }</code> to your company's partner file (the <code>program.telegram</code> list). Meanwhile, /tiers, /check and /find work for everyone, and you can ask me anything about the program.

## /tiers: the statuses side by side
bot-tiers-title = <b>The { $count } partner statuses</b>
# The rows of the table of key figures (plain, in a fixed-width table).
bot-tiers-row-discount = Discount
bot-tiers-row-directory = Directory
bot-tiers-row-nfr-cloud = NFR cloud
bot-tiers-row-nfr-keys = NFR keys
bot-tiers-row-entry = To reach
bot-tiers-row-keep = To keep
bot-tiers-listing-none = —
bot-tiers-listing-listed = Listed
bot-tiers-listing-featured = Featured
bot-tiers-nothing = —
# $medal: 🥉, 🥈, 🥇 or ⭐.
bot-tiers-status = { $medal } <b>{ $status }</b> — { $summary }
bot-tiers-how-to-get = <i>How to get it:</i> { $items }
bot-tiers-to-keep = <i>To keep it:</i> { $items }
bot-tiers-discount = <i>Discount:</i> { $items }
bot-tiers-benefits = <i>Benefits:</i>
bot-tiers-on-approval = Approval of your application
bot-tiers-probation = Within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of approval: { $items }
bot-tiers-by-review = { $item }, by each annual review
bot-tiers-discount-after = { PERCENT($percent) } after: { $items }
bot-tiers-footer = Full details: { $docs }. Send /check to see where your company stands.

## /check: the eligibility check
# $total is 0 for the first question, before the number of questions is known.
bot-check-title = <b>Eligibility check</b> · question { $step }{ $total ->
        [0] {""}
       *[other] {" "}of { $total }
    }
bot-check-status = What is your company's status in the program today?
# $example: a figure from the rules, written as it would be typed.
bot-check-amount =
    How much did you sell in the last { $months ->
        [one] { $months } month
       *[other] { $months } months
    }?

    Count what you paid in the store for clients' purchases, after your discount; leave out purchases for your own or an affiliated company. Send a number, like <code>{ $example }</code>.
bot-check-part = And how much of that since you became { $status }, or since your last annual review if you had one? Send a number, or tap a button.
bot-check-count = To how many different clients did you sell? Send a number, like <code>{ $example }</code>.
bot-check-ask-course = Have you completed the { $course }?
bot-check-ask-endorsement-website = Do you promote the products on your website?
bot-check-ask-endorsement-social = Do you promote the products on your social media?
bot-check-ask-first-line-support = Do you give your clients first-line support by e-mail and phone?
bot-check-ask-case-study = Have you submitted a case study of a recent project?
bot-check-ask-marketing-plan = Have you submitted a mid-term marketing plan?
bot-check-ask-product-presentation = Have you given a product presentation (a webinar or a recording)?
bot-check-ask-nfr-cloud = Have you claimed your NFR cloud subscription?
bot-check-not-a-number = Please send a number, like <code>{ $example }</code> (or 0). To stop the check, tap Cancel.
bot-check-ambiguous = “{ $typed }” can be read two ways: did you mean <code>{ $grouped }</code> or <code>{ $decimal }</code>? Please send the one you meant.
bot-check-cancelled = Check cancelled. Send /check to start again.
# plain
bot-check-expired = This button has expired: that check ended or restarted. Send /check to start a new one.
# plain
bot-check-rules-changed = The program rules changed since you started. Send /check to start again.
bot-check-in-group = Let's do the check in a private chat, so your answers stay between us.
bot-check-result-title = <b>Your eligibility check</b> as a { $status } partner
bot-check-qualifies = 🎉 You qualify for <b>{ $next }</b>: every requirement is met. Apply for the upgrade in the Partner Dashboard.
bot-check-discount = Your discount: <b>{ PERCENT($percent) }</b>
bot-check-answers-note = Based on your answers today; your partner manager confirms the real figures.

## /check for someone not a partner yet
bot-prospect-title = <b>Becoming a partner</b>
# $range: whether the review takes from $reviewMin to $reviewMax days (false when both are the same).
bot-prospect-steps =
    1. Send the application form on the partner website. The vendor reviews it within { $range ->
        [true] { $reviewMin } to { $reviewMax }
       *[false] { $reviewMax }
    } { $reviewMax ->
        [one] business day
       *[other] business days
    } and e-mails you how to finish.
    2. Enter your company's legal details and documents in the Partner Dashboard. Verification takes up to { $verificationMax ->
        [one] { $verificationMax } business day
       *[other] { $verificationMax } business days
    }.
    3. Once approved, you start as <b>{ $lowest }</b>, the first status.
bot-prospect-probation = <b>To keep { $status }</b>, within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of approval:
bot-prospect-maintain = <b>To keep { $status }</b>, at each annual review:
bot-prospect-gives = <b>What { $status } gives you</b>
bot-prospect-discount = { PERCENT($percent) } discount in the store
bot-prospect-once = { $what }, once: { $items }
bot-prospect-docs =
    How to apply: { $apply }
    All about the statuses: { $status }

## /status: where a linked partner stands
bot-standing-headline = <b>{ $status }</b> since { DAY($since) } · { PERCENT($discount) } discount
# $missing: bot-standing-cancelled-missing, or nothing.
bot-standing-cancelled = ⛔ <b>{ $status } cancelled</b>: the requirements were not met by { DAY($date) }{ $missing }. Your participation in the program has ended, and its benefits with it.
bot-standing-cancelled-missing = {" "}(not done: { $items })
# $reason: bot-standing-moved-down-reason, or nothing.
bot-standing-moved-down = Moved down from { $from } to { $to } at the annual review on { DAY($date) }{ $reason }.
bot-standing-moved-down-reason = : the yearly target was missed ({ $figures })
bot-standing-missed-figure = { MONEY($current) } of { MONEY($target) } in sales
bot-standing-keep-probation = <b>To keep { $status }</b> by { DAY($date) } ({ $days })
bot-standing-keep-review = <b>To keep { $status }</b> at the annual review on { DAY($date) } ({ $days })
bot-standing-keep-at-review = <b>To keep { $status }</b> at each annual review
bot-standing-keep-within = <b>To keep { $status }</b> within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of approval
bot-standing-all-met = ✅ All met.
bot-standing-next = <b>To move up to { $status }</b> · { $met } of { $total } met
bot-standing-next-again = <b>To move back up to { $status }</b> · { $met } of { $total } met
bot-standing-qualifies = 🎉 Every requirement for <b>{ $status }</b> is met: apply for the upgrade in the Partner Dashboard.
bot-standing-qualifies-again = 🎉 You meet every entry requirement for <b>{ $status }</b> again, so you can move back up: apply for it in the Partner Dashboard.
bot-standing-top = { $status } is the highest status. 🏆
bot-standing-benefits = <b>Your benefits</b>
bot-standing-benefit = • { $benefit }
bot-standing-benefit-pending = ◦ { $benefit } (to get it: { $missing })
bot-standing-progress = <code>{ $bar }</code> { PERCENT($percent) } · { $current } of { $target }
bot-standing-missing = <i>To do: { $text }</i>
bot-standing-sales-title = <b>Your sales that count</b> (what you paid; own or affiliated purchases left out)
# $met: bot-standing-sales-met or nothing; $excluded: bot-standing-sales-excluded or nothing.
bot-standing-sales-keep = • <b>{ MONEY($amount) }</b> since { DAY($from) }: counts toward keeping { $status } at the review on { DAY($date) }, which needs { MONEY($target) }{ $met }{ $excluded }
# $as: bot-standing-sales-as or nothing; $months: bot-standing-sales-months or nothing.
bot-standing-sales-next = • <b>{ MONEY($amount) }</b>{ $as }{ $months } (since { DAY($from) }): counts toward reaching { $status }, which needs { MONEY($target) }{ $met }{ $excluded }
bot-standing-sales-as = {" "}as a { $status } partner
bot-standing-sales-months = {" "}in the last { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
bot-standing-sales-met = {" "}✅
bot-standing-sales-excluded = {" "}({ MONEY($amount) } own or affiliated not counted)
bot-standing-next-steps-title = <b>What you can do now</b>
bot-standing-next-step = • { $text }
bot-standing-next-steps-docs = What the cancellation means: { $docs }
bot-standing-next-deadline = Next deadline: <b>{ $name }</b> on { DAY($date) } ({ $days }). All dates: /deadlines

## /deadlines
bot-deadlines-title = <b>Upcoming deadlines for { $partner }</b>
bot-deadlines-none = No upcoming deadlines for <b>{ $partner }</b> 🎉
bot-deadlines-cancelled = No more deadlines for <b>{ $partner }</b>: its { $status } status was cancelled, because the requirements were not met by { DAY($date) }.
# How far away a day is (plain): $days is 0 for today.
bot-days = { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }
bot-deadlines-day = 📅 <b>{ DAY($date) }</b> · { $days }
bot-deadlines-day-done = 📅 <b>{ DAY($date) }</b> · { $days } · ✅ done
bot-deadlines-what = <b>{ $name }</b>: { $subject }
bot-deadlines-todo = To do: { $todo }
bot-deadlines-if-missed = If missed: { $consequence }
bot-deadlines-on-that-day = On that day: { $consequence }
bot-deadlines-more = More: { $docs }

## Advice: what a partner can do that the program data cannot show as done
bot-advice-line = 💡 Advice: { $items }
bot-advice-use-bonus = if you have not used it all yet, use it on orders for new clients
# $eligible: whether the partner meets what the kickstart bonus asks for.
bot-advice-apply-for-bonus = { $eligible ->
        [true] you meet what it asks for: if you have not applied yet, apply for it
       *[false] once that is done, apply for it
    }
bot-advice-contact-partner-department = Talk to the partner department of { $vendor } about your participation.
bot-advice-apply-again = Or send a new application to join the program again: { $docs }

## Deadline reminders
bot-reminder-title = ⏰ <b>{ $name }</b> · { $days }
bot-reminder-subject = { $subject } ({ $partner })
bot-reminder-subject-many = { $count } × { $name } ({ $partner })
# The deadline's day, worded for its kind: an expiry is not something that is due.
bot-reminder-day-due = 📅 Due on <b>{ DAY($date) }</b>
bot-reminder-day-expires = ⌛ Expires on <b>{ DAY($date) }</b>
bot-reminder-day-suspension = 📅 Suspension possible from <b>{ DAY($date) }</b>
bot-reminder-missing = Still to do: { $items }
bot-reminder-item = • { $subject }
bot-reminder-item-missing = • { $subject }: { $missing }
bot-reminder-more-items = … and { $count } more
bot-reminder-consequence = If missed: { $text }
# What happens on the day, when there is nothing to do about it.
bot-reminder-fact = On that day: { $text }
bot-reminder-docs = 📖 { $link }
bot-reminder-stop-kind = 🔕 Stop these reminders
bot-reminder-start-kind = 🔔 Turn them back on
bot-reminder-settings = ⚙️ All reminders
# plain
bot-reminder-stopped = Reminders about { $name } are off. Send /reminders to turn them back on.
# plain
bot-reminder-started = Reminders about { $name } are on again.
# A reminder button pressed by someone linked to no partner (plain).
bot-reminder-none-to-change = You have no reminders to turn { $on ->
        [true] on
       *[false] off
    }: I send reminders only to a partner's team members.
# plain
bot-reminder-all-stopped = All reminders are off.
# plain
bot-reminder-all-started = All reminders are on.
bot-reminders-title = <b>Deadline reminders for { $partner }</b>
# $exceptions: the kinds with their own days, or nothing.
bot-reminders-when = I send them at { $hour } ({ $zone }), { $offsets } before each deadline that is not met yet{ $exceptions }.
bot-reminders-exceptions = {" "}({ $items })
# How many days before (plain): $days lists them ("30, 7 and 1"); $count is the number the unit
# agrees with (the only one, or how many there are).
bot-reminders-offsets = { $days } { $count ->
        [one] day
       *[other] days
    }
bot-reminders-exception = { $name }: { $offsets }
bot-reminders-coming-title = <b>Coming up</b>
bot-reminders-coming = • { DAY($date) }, { $time }: { $name } (due { DAY($deadline) }){ $off }
bot-reminders-coming-outcome = • { DAY($date) }, { $time }: { $name } <code>{ $reference }</code>{ $off }
bot-reminders-coming-off = {" "}· 🔕 off
bot-reminders-more = … and { $count } more
bot-reminders-nothing = Nothing coming up: no unmet deadline is near enough for a reminder.
bot-reminders-all-off = 🔕 All reminders are off.
bot-reminders-some-off = 🔕 Off: { $names }
bot-reminders-tap = Tap a kind to turn its reminders off (🔔 → 🔕) or on again.
bot-reminders-kind-on = 🔔 { $name }
bot-reminders-kind-off = 🔕 { $name }
bot-reminders-all-off-button = 🔕 Turn all off
bot-reminders-all-on-button = 🔔 Turn all on
# /reminders status, for admins. $waiting: bot-reminders-status-waiting or nothing.
bot-reminders-status =
    <b>Reminders</b> · { $mode }
    Due now: { $due }{ $waiting }
    Coming later: { $upcoming } · being sent: { $sending }
    Sent: { $sent } · failed: { $failed } · unreachable: { $unreachable }
    Expired: { $expired } · cancelled: { $cancelled } · skipped: { $skipped }
bot-reminders-status-waiting = {" "}(and { $count } waiting for users who have not opened the bot or blocked it)
bot-reminders-status-on = on, at { $hour } local time, up to { $perSecond } messages a second
bot-reminders-status-off = off (REMINDERS=off)
bot-reminders-failures-title = <b>Latest failures</b>
bot-reminders-failure = • { $at } · user { $userId } · { $name }: { $reason }

## Implementation requests
# A new request, as every offered partner's team reads it: never the contact details.
bot-leads-offer-head =
    📥 <b>New implementation request</b> · <code>{ $reference }</code>
    🧩 { $kind }
    📍 { $city }, { $country } · 🗣 { $language }
bot-leads-offer-addressed = ⭐ The client asked for your company first.
# $taken: bot-leads-offer-taken or nothing.
bot-leads-offer-reserve = Reserve it to get the client's contact details. Up to { $max ->
        [one] { $max } partner
       *[other] { $max } partners
    } can{ $taken }. Open until { DAY($until) }.
bot-leads-offer-taken = ; { $taken } { $taken ->
        [one] has
       *[other] have
    }
bot-leads-reserve-button = ✋ Reserve
bot-leads-reserve-ref-button = ✋ Reserve { $reference }
bot-leads-won-button = 🏆 Won
bot-leads-lost-button = ✖ Lost
bot-leads-won-ref-button = 🏆 Won { $reference }
bot-leads-lost-ref-button = ✖ Lost { $reference }
bot-leads-list-button = 📋 My requests
# The contact details, for a partner that reserved the request.
bot-leads-reserved-already = 📇 <b>{ $partner } reserved <code>{ $reference }</code></b> ({ $position } of at most { $max }).
bot-leads-reserved = ✅ <b>Reserved for { $partner }: <code>{ $reference }</code></b>. You are { $position } of at most { $max }.
bot-leads-contact-name = 👤 <b>{ $name }</b>, { $company }
bot-leads-contact-email = ✉️ { $email }
bot-leads-contact-phone = 📞 { $phone }
bot-leads-contact-request = 🧩 { $kind } · 📍 { $city }, { $country } · 🗣 { $language }
bot-leads-description = <i>{ $description }</i>
bot-leads-erased-details = The client's contact details for <code>{ $reference }</code> were erased on { DAY($date) }, as the program's privacy rules require.
# Section 5.1 of the rules, sent with the contact details.
bot-leads-fair-use = <b>Fair use of these details.</b> Use them to answer this client about this request, and respect the client's choice. Never use them for mass e-mails, bulk SMS or any other unsolicited messages, nor to offer products that compete with the vendor's, and never pass them on. The vendor may ask the client about your service. Unfair practice can cost you your status or your access to requests. { $docs }
bot-leads-tell-outcome = When you know how it went, tell me with the buttons below: it sets your rating.
# Answers to a Reserve button (plain: they show as a notice).
bot-leads-taken = This request is taken: { $max ->
        [one] { $max } partner
       *[other] { $max } partners
    } reserved it already.
bot-leads-closed-withdrawn = The client withdrew this request.
bot-leads-closed-chosen = The client has chosen a partner: this request is closed.
bot-leads-closed-expired = This request is closed: the days for reserving it are over.
bot-leads-closed-erased = This request is closed: the client erased their contact details.
bot-leads-limit = You have { $count ->
        [one] { $count } reserved request
       *[other] { $count } reserved requests
    } waiting for an outcome, the most a rating of { PERCENT($rating) } unlocks. Tell me how one went (/leads), then reserve this one.
bot-leads-unknown = This request no longer exists.
bot-leads-not-for-you = This request is not for { $partner } any more: its status, locations or services have changed.
bot-leads-no-access-short = { $partner } has no access to implementation requests now: /leads says why.
# $needs: bot-leads-no-access-needs or nothing.
bot-leads-no-access = { $partner } has no access to implementation requests now{ $needs }. Requests go to partners whose status gives access to them.
bot-leads-no-access-needs = {" "}(to get access: { $items })
# The rating, and what moves it. $next: bot-leads-rating-next or nothing.
bot-leads-rating =
    ⭐ <b>Your rating: { PERCENT($percent) }</b> · { $won } won, { $lost } lost in the last { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
    It unlocks { $unlocked ->
        [one] { $unlocked } reserved request
       *[other] { $unlocked } reserved requests
    } at once; { $inProgress } waiting for an outcome now.{ $next }
    <i>What moves it: every Won raises it and every Lost lowers it; outcomes older than { $months ->
        [one] { $months } month
       *[other] { $months } months
    } drop out. Everyone starts at { PERCENT($neutral) }, as if they had { $weight ->
        [one] { $weight } outcome
       *[other] { $weight } outcomes
    } at { PERCENT($neutral) }. Higher-rated partners are offered new requests first.</i>
bot-leads-rating-next = {" "}At { PERCENT($percent) } it unlocks { $unlocked }.
bot-leads-rating-same = Your rating stays at <b>{ PERCENT($after) }</b>.
bot-leads-rating-change = Your rating: { PERCENT($before) } → <b>{ PERCENT($after) }</b>.
bot-leads-outcome-won = 🏆 <code>{ $reference }</code> marked <b>Won</b>.
bot-leads-outcome-lost = ✖ <code>{ $reference }</code> marked <b>Lost</b>.
# plain
bot-leads-outcome-same = It is marked { $won ->
        [true] Won
       *[false] Lost
    } already.
# plain
bot-leads-not-reserved = Your company has not reserved this request.
bot-leads-list-title = <b>Implementation requests for { $partner }</b>
bot-leads-open-title = <b>Open requests you can reserve</b> ({ $count })
bot-leads-open-item = • <code>{ $reference }</code> · { $kind } · { $city }, { $country } · 🗣 { $language } · { $taken } of { $max } taken · until { DAY($until) }{ $addressed }
bot-leads-open-item-addressed = {" "}· ⭐ asked for you
bot-leads-none-open = No open request for you right now. New ones come here as soon as a client sends one.
bot-leads-more = … and { $count } more
bot-leads-waiting-title = <b>Reserved, waiting for the outcome</b>
bot-leads-waiting-item = • <code>{ $reference }</code> · { $kind } · { $city }, { $country } · reserved { DAY($reservedOn) }
bot-leads-waiting-contact = {"  "}{ $contact }
bot-leads-waiting-erased = {"  "}<i>contact details erased on { DAY($date) }</i>
bot-leads-decided-title = <b>Recent outcomes</b>
bot-leads-decided-won = • <code>{ $reference }</code> · { $kind } · 🏆 Won on { DAY($on) }
bot-leads-decided-lost = • <code>{ $reference }</code> · { $kind } · ✖ Lost on { DAY($on) }
bot-leads-contact-line = { $name }, { $company } · { $email }
bot-leads-contact-line-phone = { $name }, { $company } · { $email } · { $phone }
bot-leads-tap-to-reserve = Tap a request to reserve it; tap Won or Lost when you know how one went.
# The outcome reminder.
bot-leads-outcome-question =
    ⏰ <b>How did <code>{ $reference }</code> go?</b>
    { $partner } reserved it on { DAY($reservedOn) }: { $kind }, { $city }, { $country }.
    Tell me the outcome: it sets your rating, and a reported outcome frees a place for a new request.
# The name of the outcome reminders in /reminders (plain).
bot-leads-outcome-kind = Outcome of a reserved request
bot-leads-outcome-when = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after you reserve one
# /leads stats, for admins.
bot-leads-stats-title = <b>Implementation requests</b>
bot-leads-stats-total =
    Requests: { $requests } ({ $waiting } waiting to be offered, { $withdrawn } withdrawn)
    Offered to at least one partner: { $offered } · reserved: { $reserved } · partners per request: { $perRequest }
    Win rate of reported outcomes: { $winRate }
bot-leads-stats-by-country = <b>By country</b>
bot-leads-stats-by-kind = <b>By kind</b>
bot-leads-stats-row = • { $name }: { $requests } · { $reserved } reserved · win rate { $winRate }
bot-leads-stats-none = No requests yet.
bot-leads-no-rate = —

## /find
bot-find-ask-country =
    🔎 <b>Find a partner</b>

    Listed partners work in { $count ->
        [one] { $count } country
       *[other] { $count } countries
    }. Which one?
bot-find-type-country = Not below? Send /find and the country's name, like <code>/find Germany</code>.
bot-find-not-understood = I didn't understand “{ $words }”, so I left it out.
bot-find-extra = I search one country and one service at a time, so I left out “{ $words }”.
bot-find-accepts = /find takes a country (its name, or its two-letter code like <code>DE</code>) and a service (like <code>telephony</code>): <code>/find germany telephony</code>.
bot-find-pick-country = Pick a country below:
bot-find-none-in = No listed partner in <b>{ $country }</b> yet. Pick a country below:
# Words a /find query may hold besides a country and a service, skipped without comment (plain, lowercase, separated by spaces).
bot-find-filler-words = a an the in at near for from of with and or to me who that can find show list partner partners company companies offer offers offering service services any some please i need want looking speak speaks speaking spoken
bot-find-ask-service = { $count ->
        [one] { $count } listed partner
       *[other] { $count } listed partners
    } in <b>{ $country }</b>. Which service do you need?
bot-find-city-in-country = { $city }, { $country }
bot-find-none-in-city = No listed partner in <b>{ $city }</b> yet; these are elsewhere in { $country }:
bot-find-none-in-city-service = No listed partner in <b>{ $city }</b> offers { $service } yet; these elsewhere in { $country } do:
# Phrases that make a message a request to find partners ("find me a partner in Madrid"), comma-separated, in lowercase without accents.
bot-find-intent-phrases = find, finding, looking for, look for, search for, searching for, recommend, is there a partner, is there any partner, are there partners, are there any partners, need a partner, need partners, want a partner, who can help me, who can help us, partners near, partner near, do you have partners, do you have any partners, have you got partners, have you got any partners, need someone, need somebody, looking for someone, looking for somebody, find someone, find somebody
bot-find-partner-words = partner partners integrator integrators consultant consultants reseller resellers implementer implementers someone somebody
bot-find-results-speaking = speaking { $language }
bot-find-results = <b>Partners</b>
bot-find-results-in = <b>Partners in { $country }</b>
bot-find-results-service = <b>Partners</b> · { $service }
bot-find-results-in-service = <b>Partners in { $country }</b> · { $service }
bot-find-none-speaking = No listed partner speaks { $language } yet.
bot-find-none-in-speaking = No listed partner in <b>{ $country }</b> speaks { $language } yet.
bot-find-none = No listed partner offers that yet.
bot-find-none-in-country = No listed partner in <b>{ $country }</b> yet.
bot-find-none-service = No listed partner offers { $service } yet.
bot-find-none-in-service = No listed partner in <b>{ $country }</b> offers { $service } yet.
bot-find-featured = ★
bot-find-speaks = Speaks { $languages }
bot-find-directory = The whole directory: { $link }

## A personal question from someone the bot cannot answer it for
bot-private-not-linked = I can answer that about your own partner once your Telegram account is linked to it: ask your partner manager to add your Telegram user id <code>{ $userId }</code> to your company's partner file (the <code>program.telegram</code> list). Meanwhile, /check shows where a company stands.
bot-private-general = <i>In general:</i>

## Answers to questions
bot-answer-yes = Yes.
bot-answer-no = No.
bot-answer-source = 📖 { $link }
bot-answer-unsure = <i>Not quite what you asked? See { $docs }.</i>
bot-answer-unsure-sections = <i>I'm not sure that is what you asked. These sections are the nearest:</i>
# Nothing answers the question, but some sections come near.
bot-answer-unknown-nearest = 🤷 I don't know that one, and I'd rather not guess. Have a look at { $docs }; these sections come nearest:
bot-answer-unknown =
    🤷 I don't know that one, and I'd rather not guess.

    Have a look at { $docs }, or try /tiers, /check or /find.
bot-answer-topic = Here's where the docs talk about “{ $text }”:
bot-answer-or-try = Or try /tiers, /check or /find.
# Added to a reply the bot could not make out, for a user whose language the bot cannot read questions in yet (content/src/understand/languages/ has no file for it): it read the question as English.
bot-answer-language-unread = <i>I can't read questions in your language yet, only in English: ask me in English and I'll understand.</i>
bot-answer-empty = Ask me anything about the program in your own words, like “How long is the NFR subscription valid?”, or send /help.
bot-answer-too-long = That's a long message! Please ask one short question at a time.
bot-answer-docs-home = the program docs

## Admins
bot-admin-not-admin = That command is for the bot's admins.
# An admin command sent by an admin in a group.
bot-admin-private-only = Admin commands work only in a private chat with me, so their figures stay between us.
bot-admin-reloaded = ✅ Content reloaded: { $partners ->
        [one] { $partners } partner
       *[other] { $partners } partners
    }, { $pages ->
        [one] { $pages } docs page
       *[other] { $pages } docs pages
    }, rules version { $version }.
bot-admin-failed = ⚠️ The content has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }, so I kept the content loaded at { $keptAt }:
bot-admin-more-problems = … and { $count } more (run npm run check)
bot-admin-warnings = It has { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    } (the content is valid with them; worth a look):
bot-admin-stats =
    <b>Bot statistics</b>
    Users: { $users } ({ $active } active in the last 7 days, { $blocked } blocked the bot)
    Team members linked in partner files: { $linked }
    Handled: { $counters }
    Content: { $partners ->
        [one] { $partners } partner
       *[other] { $partners } partners
    }, { $pages ->
        [one] { $pages } docs page
       *[other] { $pages } docs pages
    }, rules { $version }, loaded { $loadedAt }
    { $reload }
bot-admin-stats-nothing = nothing yet
bot-admin-stats-reload-fine = Last reload: fine
bot-admin-stats-reload-failed = ⚠️ Last reload failed with { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }; send /reload to see them

## When something goes wrong
# $command: the user's, already cut short.
bot-error-unknown-command = I don't know “{ $command }”. Send /help to see what I can do.
bot-error-not-text = I can only read text messages. Ask me a question, or send /help.
bot-error-edited = I only read new messages. Please send your question again.
# plain
bot-error-expired-button = This button has expired. Send /help to start again.
bot-error-rate-limited = You're sending messages faster than I can answer. Please wait a minute and try again. 🙏
# plain
bot-error-rate-limited-short = Too many requests: please wait a minute.
bot-error-failed = 😕 Something went wrong on my side. Please try again in a minute; if it keeps happening, send /help or contact the partner department.

## The program's facts (content/src/facts/), one message per kind: the figure or rule first.
## Lists of statuses, requirements and so on arrive written as the language lists them.
bot-fact-item = • { $item }
# A discount's condition, after its percentage: $items are what it asks.
bot-fact-tier-once = {" "}once the { $items } is done
bot-fact-tier-once-none-before = {" "}once the { $items } is done (none before)
bot-fact-tier-once-before = {" "}once the { $items } is done ({ PERCENT($before) } before)
bot-fact-status-discount = { $status } partners get a <b>{ PERCENT($percent) }</b> discount in the store{ $when }.
bot-fact-discounts = Discounts in the store, by status:
bot-fact-discounts-item = • { $status }: { PERCENT($percent) }{ $when }
bot-fact-status-entry = To move up to <b>{ $status }</b>, a { $below } partner needs:
bot-fact-status-entry-sales = To reach { $status }: <b>{ MONEY($amount) }</b> in counted sales{ $as } over the last { $months ->
        [one] { $months } month
       *[other] { $months } months
    }.
bot-fact-status-entry-sales-as = {" "}made as a { $below } partner
bot-fact-status-entry-clients = { $status } needs sales to at least <b>{ $count }</b> different clients.
bot-fact-status-entry-since = Only sales made while you are { $below } count toward { $status } (within the last { $months ->
        [one] { $months } month
       *[other] { $months } months
    }); sales from before you became { $below } do not.
bot-fact-status-probation = Within <b>{ $days ->
        [one] { $days } day
       *[other] { $days } days
    }</b> of approval, a { $status } partner must do both:
bot-fact-status-probation-end = If either is missing then, the { $status } status and the place in the program are cancelled.
bot-fact-status-probation-missed = The { $status } status and your place in the program are <b>cancelled</b> if, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after approval, any of these is missing: { $items }.
bot-fact-status-annual-target = To keep { $status }: <b>{ MONEY($amount) }</b> in sales each review year (the { $months ->
        [one] { $months } month
       *[other] { $months } months
    } after the status was granted or last confirmed).
bot-fact-targets = Sales targets:
bot-fact-targets-item = • { $status }: { $targets }
bot-fact-targets-entry = { MONEY($amount) } in { $months ->
        [one] { $months } month
       *[other] { $months } months
    } to reach it
bot-fact-targets-annual = { MONEY($amount) } a year to keep it
bot-fact-status-target-missed = A { $status } partner who misses the <b>{ MONEY($amount) }</b> target at the annual review moves down to <b>{ $to }</b>.
bot-fact-status-target-met-with = With { MONEY($sold) } you meet { $status }'s { MONEY($amount) } target: you <b>keep { $status }</b> for another year.
bot-fact-status-target-missed-with = With { MONEY($sold) } you miss { $status }'s { MONEY($amount) } target: at the review you <b>move down to { $to }</b>.
bot-fact-target-missed = If you miss the annual sales target, you <b>move down one status</b> at the review: { $moves }. Meeting it keeps your status for another year.
bot-fact-move = { $from } to { $to }
bot-fact-status-benefits = <b>{ $status }</b> partners get:
bot-fact-status-benefits-discount = a { PERCENT($percent) } discount in the store{ $when }
bot-fact-benefit-once = { $benefit } (once { $items } is done)
bot-fact-status-nfr = { $status } partners get <b>{ $cloud ->
        [one] { $cloud } NFR cloud subscription
       *[other] { $cloud } NFR cloud subscriptions
    }</b> and <b>{ $keys ->
        [0] no NFR on-premise key
        [one] { $keys } NFR on-premise key
       *[other] { $keys } NFR on-premise keys
    }</b>.
bot-fact-nfr-counts = Free NFR copies, by status:
bot-fact-nfr-counts-item = • { $status }: { $cloud ->
        [one] { $cloud } cloud subscription
       *[other] { $cloud } cloud subscriptions
    }, { $keys ->
        [0] no on-premise key
        [one] { $keys } on-premise key
       *[other] { $keys } on-premise keys
    }
bot-fact-statuses-list = There are { $count } statuses, lowest first: <b>{ $statuses }</b>.
bot-fact-statuses-compare = How the statuses compare, lowest first:
bot-fact-statuses-compare-item = • <b>{ $status }</b>: { $parts }
bot-fact-statuses-compare-discount = { PERCENT($percent) } discount{ $when }
bot-fact-statuses-compare-start = where every partner starts
bot-fact-statuses-compare-no-target = no yearly sales target
bot-fact-statuses-compare-nfr = NFR: { $cloud ->
        [0] no cloud subscription
        [one] { $cloud } cloud subscription
       *[other] { $cloud } cloud subscriptions
    }, { $keys ->
        [0] no on-premise key
        [one] { $keys } on-premise key
       *[other] { $keys } on-premise keys
    }
bot-fact-statuses-compare-listed = listed in the partner directory
bot-fact-statuses-compare-unlisted = not listed in the directory
bot-fact-status-highest = <b>{ $status }</b> is the highest status.
bot-fact-status-lowest = Every partner starts at <b>{ $status }</b>, the moment the application is approved.
bot-fact-status-courses = { $status } needs <b>{ $courses }</b>.
bot-fact-course = <b>{ $course }</b>: { $summary }{ $required }
bot-fact-course-required = {" "}Required for { $statuses }.
bot-fact-who-requires = { $requirement }: required for <b>{ $statuses }</b>{ $others }.
bot-fact-who-requires-others = , not for { $others }
bot-fact-who-benefit = { $benefit }: for <b>{ $statuses }</b> partners{ $others }.
bot-fact-who-benefit-others = , not { $others }
bot-fact-listed = <b>{ $statuses }</b> partners are listed in the public partner directory{ $featured }; { $others } partners are not.
bot-fact-listed-featured = {" "}({ $statuses } featured first)
# When every status is listed: "no other partners are not".
bot-fact-listed-no-other = no other
bot-fact-listing-fields = To be listed ({ $statuses } partners), your company profile needs: { $fields }.
bot-field-website = website
bot-field-email = e-mail
bot-field-phone = phone number
bot-field-address = postal address
bot-field-description = a short description
bot-field-services = the services you offer
bot-field-city = city
bot-field-languages = languages
bot-fact-leads-email = Leads by e-mail go to <b>{ $statuses }</b> partners{ $others }.
bot-fact-leads-email-others = ; { $others } partners get leads through the Implementation Requests app only
bot-fact-leads-app = Leads through the Implementation Requests app: { $statuses }.
bot-fact-leads-app-once = { $status } once { $items } is done
bot-fact-leads-locations = Up to <b>{ $max } locations</b>: the country your company is registered in plus { $extra } more of your choice.
bot-fact-leads-reservation-days = A request can be reserved for <b>{ $days ->
        [one] { $days } day
       *[other] { $days } days
    }</b> after it is sent, unless the client withdraws it or says which partner they chose; after that it can no longer be reserved.
bot-fact-leads-per-request = Up to <b>{ $max } partners</b> can reserve the same request.
bot-fact-kickstart-amount = The Kickstart bonus is worth <b>{ MONEY($amount) }</b>.
bot-fact-kickstart-eligible = Partners who applied after <b>{ DAY($after) }</b> can get the Kickstart bonus.
bot-fact-kickstart-valid = The Kickstart bonus is valid for <b>{ $days ->
        [one] { $days } day
       *[other] { $days } days
    }</b> from your acceptance into the program; whatever is left then expires.
bot-fact-kickstart-requires = To receive the Kickstart bonus ({ MONEY($amount) }) you need:
bot-fact-award-amount = An Award bonus is worth <b>{ MONEY($min) } to { MONEY($max) }</b>; the vendor picks the best partners once a year.
bot-fact-award-valid = An Award bonus can be spent until <b>31 December</b> of the year it was credited in: the end of that calendar year. Anything unused then expires.
bot-fact-bonus-min-paid = A bonus only ever pays part of an order: you pay at least <b>{ MONEY($amount) }</b> per order yourself, even when your bonus is larger.
bot-fact-bonus-can = Bonuses can pay for: { $items }.
bot-fact-bonus-cannot = They cannot pay for: { $items }.
bot-fact-nfr-cloud-months = The NFR cloud subscription runs for <b>{ $months ->
        [one] { $months } month
       *[other] { $months } months
    }</b> from when you claim it.
bot-fact-nfr-cloud-extend = <b>{ $statuses }</b> partners can extend the NFR cloud subscription, by { $months ->
        [one] { $months } month
       *[other] { $months } months
    } each time{ $others }.
bot-fact-others-cannot = ; { $others } partners cannot
bot-fact-nfr-cloud-limits = The NFR cloud subscription works like the professional plan, with these limits:
bot-fact-nfr-limit-domain = { $allowed ->
        [true] a custom domain name allowed
       *[false] no custom domain name
    }
bot-fact-nfr-limit-storage = { NUMBER($gb) } GB of storage
bot-fact-nfr-limit-scans = { NUMBER($count) } business card scans
bot-fact-nfr-limit-sites = up to { NUMBER($count) } sites
bot-fact-nfr-limit-emails = up to { NUMBER($count) } CRM marketing e-mails a month
bot-fact-nfr-storage = The NFR cloud subscription has <b>{ NUMBER($gb) } GB</b> of storage.
bot-fact-nfr-card-scans = The NFR cloud subscription includes <b>{ NUMBER($count) }</b> business card scans.
bot-fact-nfr-sites = The NFR cloud subscription allows up to <b>{ NUMBER($count) }</b> sites.
bot-fact-nfr-bulk-emails = The NFR cloud subscription sends up to <b>{ NUMBER($count) }</b> CRM marketing e-mails a month.
bot-fact-nfr-custom-domain = The NFR cloud subscription <b>{ $allowed ->
        [true] can
       *[false] cannot
    }</b> use a custom domain name.
bot-fact-nfr-cloud-end = When the NFR cloud subscription ends, { $statuses } partners can extend it; for { $others } partners the account falls back to the <b>free plan</b>. If your partner status is cancelled, you lose the NFR subscription and the account falls back to the free plan.
# The statuses that cannot extend it, when the rules name none.
bot-fact-nfr-cloud-end-other = other
bot-fact-nfr-key-who = { $statuses } ({ $edition } edition){ $others }.
bot-fact-nfr-key-who-status = { $status } partners get { $count ->
        [one] { $count } free NFR on-premise key
       *[other] { $count } free NFR on-premise keys
    }
bot-fact-nfr-key-who-others = ; { $others } partners get none
bot-fact-nfr-key-edition = NFR on-premise keys are for the <b>{ $edition }</b> edition.
bot-fact-nfr-key-months = An NFR on-premise key is valid for <b>{ $months ->
        [one] { $months } month
       *[other] { $months } months
    }</b>; { $statuses } partners can extend it for another { $extension ->
        [one] { $extension } month
       *[other] { $extension } months
    }.
bot-fact-nfr-key-extend = <b>{ $statuses }</b> partners can extend an NFR on-premise key for another { $months ->
        [one] { $months } month
       *[other] { $months } months
    }{ $others }.
bot-fact-nfr-key-end = When an NFR on-premise key expires it stops working, unless a { $statuses } partner asks for an extension.
bot-fact-activation-days = Every product you buy must be activated and registered in your client's name within <b>{ $days ->
        [one] { $days } day
       *[other] { $days } days
    }</b> of the purchase.
bot-fact-activation-missed = A product not activated and registered within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of the purchase <b>can be deactivated</b> by the vendor.
bot-fact-review-months = { $statuses } are reviewed every <b>{ $months ->
        [one] { $months } month
       *[other] { $months } months
    }</b>, counted from when the status was granted or last confirmed.
bot-fact-review-who = Only <b>{ $statuses }</b> are reviewed every { $months ->
        [one] { $months } month
       *[other] { $months } months
    }{ $others }.
bot-fact-review-who-others = ; { $others } has no annual review
bot-fact-zero-activity = With no activity at all, a partner account <b>can be suspended</b> without notice once { $months ->
        [one] { $months } month has
       *[other] { $months } months have
    } passed since registration.
# Business days: "2 to 5 business days", or "5 business days" when $min and $max are the same.
bot-fact-business-days = { $same ->
        [true] { $max ->
            [one] { $max } business day
           *[other] { $max } business days
        }
       *[false] { $min } to { $max ->
            [one] { $max } business day
           *[other] { $max } business days
        }
    }
bot-fact-application-review = The vendor reviews an application within <b>{ $days }</b>.
bot-fact-verification = Company verification takes up to <b>{ $days }</b>.
bot-fact-joining =
    1. Send the application form on the partner website. The vendor reviews it within { $review }.
    2. Enter your company's legal details and documents in the Partner Dashboard. Verification takes up to { $verification }.
    3. Once approved, you start as <b>{ $lowest }</b>.
bot-fact-price-notice = The vendor gives <b>{ $days ->
        [one] { $days } day
       *[other] { $days } days
    }</b>' notice before changing the products or their prices.
bot-fact-penalty-block = Access to your company profile can be blocked for up to <b>{ $months ->
        [one] { $months } month
       *[other] { $months } months
    }</b>; meanwhile you cannot buy at your partner discount.
bot-fact-sales-own-use = Purchases for your own company or an affiliated company <b>never count</b> toward sales targets.
bot-fact-sales-currencies = Sales in { $currencies } count <b>one to one</b>.
bot-fact-sales-after-discount = Sales count at the amount you paid, <b>after</b> your partner discount.
bot-fact-sales-window = Sales count over a trailing <b>{ $months }-month window</b>: it ends on the day of the check and starts the day after the same date { $months ->
        [one] { $months } month
       *[other] { $months } months
    } earlier.

## Answers about the asker's own partner (content/src/understand/personal.ts): the figure or date first.
## $when is how far away the day is (bot-days).
bot-my-item = • { $item }
bot-my-missing-sales = sell { MONEY($amount) } more to reach { $requirement }
bot-my-cancelled = ⛔ Your <b>{ $status }</b> status was cancelled: its requirements were not met by { DAY($date) }.
bot-my-discount = Your discount is <b>{ PERCENT($percent) }</b>, as a { $status } partner.{ $rises }
bot-my-discount-rises = {" "}It rises to { PERCENT($percent) } once the { $items } is completed.
bot-my-status = You are <b>{ $status }</b>, since { DAY($since) }.{ $moved }
bot-my-status-moved = {" "}You moved down from { $from } at the annual review on { DAY($date) }.
bot-my-benefits = As a <b>{ $status }</b> partner you have:
bot-my-benefit-pending = ◦ { $benefit } (to get it: { $missing })
bot-my-sales-none = No sales target is ahead of you as { $status }, so your sales count toward none.
bot-my-sales-title = <b>Your sales that count</b> (what you paid; own or affiliated purchases left out):
bot-my-sales-item = • <b>{ MONEY($counted) }</b> from { DAY($from) } to { DAY($to) }{ $excluded }: { $toward }
bot-my-sales-excluded = {" "}({ MONEY($amount) } own or affiliated not counted)
bot-my-sales-toward-keep = toward keeping { $status } at the review on { DAY($date) } (needs { MONEY($target) }{ $met })
bot-my-sales-toward-reach = toward reaching { $status } (needs { MONEY($target) }{ $met })
bot-my-sales-met = {" "}✅
bot-my-keep-met = You have already met what keeping <b>{ $status }</b> asks { $kind ->
        [probation] by
       *[annual-review] at the review on
    } <b>{ DAY($date) }</b> ({ $when }).
bot-my-keep-gap = To keep <b>{ $status }</b> at your annual review on <b>{ DAY($date) }</b> ({ $when }) you still need <b>{ MONEY($gap) }</b> more in sales.
bot-my-keep-missing = To keep <b>{ $status }</b> by <b>{ DAY($date) }</b> ({ $when }) you still need to:
bot-my-also-missing = Also to do: { $items }
bot-my-keep-none = { $status } has no target to keep: it has no annual review, and its first-period requirements are behind you.
bot-my-next-qualifies = 🎉 Every requirement for <b>{ $next }</b> is met: apply for the upgrade in the Partner Dashboard.
bot-my-next = To move up to <b>{ $next }</b> ({ $met } of { $total } met) you still need to:
bot-my-beyond = <b>{ $target }</b> comes after <b>{ $next }</b>: partners move up one status at a time.
bot-my-beyond-not-yet = <b>Not yet.</b> <b>{ $target }</b> comes after <b>{ $next }</b>: partners move up one status at a time.
bot-my-beyond-then = Then, as a { $below } partner, for <b>{ $target }</b> ({ $met } of { $total } already met) you will still need to:
bot-my-beyond-then-met = Then, as a { $below } partner, you can apply for <b>{ $target }</b>: everything else it asks is already met.
bot-my-top = You are <b>{ $status }</b>, the highest status. 🏆
bot-my-done = From your partner record, as of today:
bot-my-done-item = { $met ->
    [yes] ✅ { $item }
   *[no] ⬜ { $item }: not yet
}
bot-my-gap-keep = To keep { $status } at your review on { DAY($date) }: <b>{ MONEY($gap) }</b> more in sales.
bot-my-gap-next = To reach { $status }: <b>{ MONEY($gap) }</b> more in counted sales.
bot-my-gap-none = Nothing more for now: your sales targets are met.
bot-my-review = Your annual review is on <b>{ DAY($date) }</b> ({ $when }). { $state }
bot-my-review-met = The target to keep { $status } is already met.
bot-my-review-gap = You still need { MONEY($gap) } more in sales to keep { $status }.
bot-my-review-missing = Some requirements to keep { $status } are still missing.
bot-my-no-review = { $status } has no annual review.{ $cutoff }
bot-my-no-review-cutoff = {" "}Your { $status } requirements are due by <b>{ DAY($date) }</b>.
bot-my-cutoff-met = Your { $status } requirements are due by <b>{ DAY($date) }</b> ({ $when }), and all of them are met.
bot-my-cutoff = Your { $status } requirements are due by <b>{ DAY($date) }</b> ({ $when }). Still to do:
bot-my-no-cutoff = No cut-off applies to you now: as { $status }, your first-period requirements are behind you.
bot-my-expiry = { $subject }: ends on <b>{ DAY($date) }</b> ({ $when }){ $extendable ->
        [true] ; you can ask for an extension
        [false] ; your status cannot extend it
       *[unknown] {""}
    }.
bot-my-no-expiry-bonus = You have no bonus that expires.
bot-my-no-expiry = You have no { $what ->
        [nfr-cloud] NFR cloud subscription
       *[nfr-key] NFR on-premise key
    } on record{ $claim }.
bot-my-no-expiry-claim = ; as { $status } you can claim one in the Partner Dashboard
bot-my-nfr-extend = As a { $status } partner you can extend your NFR cloud subscription, by { $months ->
        [one] { $months } month
       *[other] { $months } months
    } each time{ $ends }.
bot-my-nfr-extend-ends = ; it now ends on { DAY($date) }
bot-my-nfr-no-extend = Only { $statuses } partners can extend it; as { $status }, the account falls back to the free plan when it ends{ $ends }.
bot-my-nfr-no-extend-ends = {" "}on { DAY($date) }
bot-my-kickstart-none = The Kickstart bonus is only for partners who applied after { DAY($date) }, so it is not open to you.
bot-my-kickstart-ended-credited = Your Kickstart bonus could be used until { DAY($date) }; whatever was left then expired.
bot-my-kickstart-ended = The time to receive the Kickstart bonus ended on { DAY($date) }.
bot-my-kickstart-credited = { $subject }: usable until <b>{ DAY($date) }</b> ({ $when }); whatever is left then expires. How much of it is left shows in your bonus account in the store.
bot-my-kickstart-eligible = You can still receive the Kickstart bonus of <b>{ MONEY($amount) }</b>: apply for it by <b>{ DAY($date) }</b> ({ $when }).
bot-my-kickstart-missing = To receive the Kickstart bonus of { MONEY($amount) } by <b>{ DAY($date) }</b> ({ $when }) you still need to:
bot-my-award = { $subject }: usable until <b>{ DAY($date) }</b> ({ $when }).
bot-my-key-claim = As a { $status } partner you can have { $count ->
        [one] { $count } free NFR on-premise key
       *[other] { $count } free NFR on-premise keys
    } ({ $claimed } on record). Request it with the NFR form in the Partner Dashboard.
bot-my-key-all-claimed = As a { $status } partner you can have { $count ->
        [one] { $count } free NFR on-premise key
       *[other] { $count } free NFR on-premise keys
    } at a time, and { $claimed ->
        [one] { $claimed } is
       *[other] { $claimed } are
    } running already: another can be claimed once one ends.
bot-my-key-no-claim = NFR on-premise keys are for { $statuses } partners; as { $status } you cannot claim one yet.
bot-my-on-track-met = You have already met what keeping <b>{ $status }</b> asks { $kind ->
        [probation] by
       *[annual-review] at the review on
    } <b>{ DAY($date) }</b>.
bot-my-on-track-gap = <b>Not yet.</b> To keep { $status } at the review on <b>{ DAY($date) }</b> you need <b>{ MONEY($gap) }</b> more in sales.
bot-my-on-track-missing = <b>Not yet.</b> To keep { $status } by <b>{ DAY($date) }</b> you still need to:
bot-my-can-reach = Every requirement for <b>{ $next }</b> is met: apply for the upgrade in the Partner Dashboard.
bot-my-can-reach-missing = <b>Not yet.</b> For <b>{ $next }</b> you still need to:
bot-my-leads = Your implementation requests are in /leads: the open ones you can reserve, those you reserved with the client's contact details, and your rating with how many you won and lost.
bot-my-deadline = Your next deadline: <b>{ $name }</b> on <b>{ DAY($date) }</b> ({ $when }){ $missing }.
bot-my-deadline-missing = : { $items }
bot-my-no-deadline = You have no upcoming deadline. 🎉
