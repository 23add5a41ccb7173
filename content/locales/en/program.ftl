# What the rules engine says (content/src/engine/, content/src/figures.ts, content/src/leads/),
# shared by the site, the bot, the reminders and the CLIs. Plain text: each front end escapes it
# for its own markup. The ids are the engine's codes.
#
# The rules' own words (status, benefit, course, service and deadline-kind names, summaries, what
# a bonus can pay for, the program's name) are English in content/program/*.yaml; another
# language translates them here under ids made from the rules' ids:
#   rule-program-name, rule-status-<id>, rule-status-<id>-summary, rule-benefit-<status>-<id>,
#   rule-course-<id>, rule-course-<id>-summary, rule-service-<id>, rule-service-<id>-summary,
#   rule-deadline-<kind>, rule-request-kind-<id>, rule-bonus-can-pay-<text>, rule-bonus-cannot-pay-<text>
# (npm run check lists the ones a language still lacks).
#
# A message's .inline attribute is its form inside a sentence ("a case study…" after "once").

## What a requirement asks (describe.ts)
req-sales-trailing = { MONEY($amount) } in sales over the last { $months } months
req-sales-trailing-while = { MONEY($amount) } in sales as a { $status } partner over the last { $months } months
req-sales-review-year = { MONEY($amount) } in sales in the review year
req-sales-review-year-while = { MONEY($amount) } in sales as a { $status } partner in the review year
# The status a "while" sales requirement means, when none is named.
req-status-below = partner of the status below
req-clients = Sales to { $count } different clients
req-course = { $course } completed
req-endorsement-website = Products endorsed on your website
req-endorsement-social = Products endorsed on your social media
req-first-line-support = First-line support for clients by e-mail and phone
req-case-study = A case study of a recent project
    .inline = a case study of a recent project
req-marketing-plan = A mid-term marketing plan
    .inline = a mid-term marketing plan
req-product-presentation = A product presentation (webinar or recording)
    .inline = a product presentation (webinar or recording)
req-nfr-cloud = An NFR cloud subscription claimed
    .inline = an NFR cloud subscription claimed

## What is still to do for a requirement (requirements.ts)
# Each is a thing to do and starts with its verb: the front ends show it after "To do:", "Still to
# do:", "you still need to:" and the like, and in a deadline's list beside the todo-… messages.
missing-sales = sell { MONEY($amount) } more
missing-clients = sell to { $count ->
        [one] { $count } more client
       *[other] { $count } more clients
    }
missing-course = complete the { $course }
missing-endorsement-website = endorse the products on your website
missing-endorsement-social = endorse the products on your social media
missing-first-line-support = offer clients first-line support by e-mail and phone
missing-case-study = submit a case study of a recent project
missing-marketing-plan = submit a mid-term marketing plan
missing-product-presentation = give a product presentation (webinar or recording)
missing-nfr-cloud = claim your NFR cloud subscription
# A thing to do with the day it is due.
missing-by = { $item } by { DAY($date) }

## Deadlines (deadlines.ts): what each is about, what to do, and what happens if it is missed
deadline-bronze-cutoff = Keeping { $status } after the first { $days } days
consequence-bronze-cutoff = Your status and your place in the program are cancelled.
deadline-kickstart-credited = Kickstart bonus of { MONEY($amount) } credited { DAY($date) }
deadline-kickstart-open = Kickstart bonus of { MONEY($amount) }, not credited yet
consequence-kickstart-credited = Any unused kickstart bonus expires.
consequence-kickstart-open = The kickstart bonus can no longer be received.
deadline-award = Award bonus of { MONEY($amount) } credited { DAY($date) }
consequence-award = Any unused award bonus expires.
deadline-nfr-cloud = NFR cloud subscription claimed { DAY($date) }
deadline-nfr-key = NFR { $edition } key claimed { DAY($date) }
consequence-nfr-cloud-extendable = The subscription ends unless you ask for an extension.
consequence-nfr-key-extendable = The key stops working unless you ask for an extension.
consequence-nfr-cloud-not-extendable = The account falls back to the free plan; your status cannot extend it.
consequence-nfr-key-not-extendable = The key stops working; your status cannot extend it.
# A copy beyond the allowance of the partner's status: $allowance is how many the status gets.
consequence-nfr-cloud-beyond = The account falls back to the free plan: a { $status } partner gets { $allowance ->
        [0] no cloud subscriptions
        [one] { $allowance } cloud subscription
       *[other] { $allowance } cloud subscriptions
    }, and this copy is beyond that, so it cannot be extended.
consequence-nfr-key-beyond = The key stops working: a { $status } partner gets { $allowance ->
        [0] no on-premise keys
        [one] { $allowance } on-premise key
       *[other] { $allowance } on-premise keys
    }, and this copy is beyond that, so it cannot be extended.
todo-nfr-extension = ask for an extension
deadline-activation = Purchase of { MONEY($amount) } for { $client } on { DAY($date) }
consequence-activation = The vendor may deactivate the product.
todo-activation = activate and register the product for the client
deadline-review = Annual review of your { $status } status
consequence-review = You move down to { $status }.
deadline-zero-activity = Activity in the program
consequence-zero-activity = Your partner account can be suspended without notice.
todo-zero-activity = make a first sale or endorse the products on your website or social media

## A partner's standing in one line (evaluate.ts)
standing-summary = { $status } since { DAY($since) }, { PERCENT($discount) } discount
standing-summary-moved-down = { $status } since { DAY($since) } (moved down from { $from } at the annual review on { DAY($date) }), { PERCENT($discount) } discount
standing-cancelled = { $status } cancelled: the requirements were not met by { DAY($date) }

## The statuses compared (figures.ts: the docs' table and the site's)
compare-how-to-get = How to get it
compare-to-keep = To keep it
compare-discount = Discount
compare-directory = Directory
compare-nfr = NFR copies
compare-benefits = Benefits
compare-on-approval = Approval of your application
compare-probation = Within { $days } days of approval: { $items }
compare-maintain = { $item }, checked at each annual review
compare-discount-once = { PERCENT($percent) } once: { $items }
compare-discount-plain = { PERCENT($percent) }
compare-listing-none = Not listed
compare-listing-listed = Listed
compare-listing-featured = Featured first
compare-nfr-cloud = { $count ->
        [one] { $count } cloud subscription
       *[other] { $count } cloud subscriptions
    }
compare-nfr-keys = { $count ->
        [one] { $count } on-premise key
       *[other] { $count } on-premise keys
    }

## Tables of the docs (figures.ts)
figure-request-kinds-kind = A client asks for
figure-request-kinds-services = Partners listing any of these services receive it
figure-rating = Rating
figure-rating-requests = Reserved requests awaiting an outcome, at once
figure-rating-range = { PERCENT($from) } to under { PERCENT($to) }
figure-rating-from = { PERCENT($from) } or more

## Advice (deadlines.ts, evaluate.ts): what a partner can do that the program data cannot show as done
advice-use-bonus = use the bonus on orders for new clients (the program data does not show whether it has been used)
advice-apply-for-bonus = apply for the bonus once every requirement is met (the program data does not show applications)
advice-contact-partner-department = contact the vendor's partner department
advice-apply-again = send a new application to join the program again
