# The site's words (layouts, components, pages, the server's problem pages). English is the source:
# every other language's site.ftl has the same messages, with the same variables. Figures arrive as
# variables (numbers, dates) and the message formats them; names from the rules and the content
# (statuses, services, countries, partners) arrive already in the page's language.

## The page shell (site/layouts/Base.astro, site/components/HeaderNav.astro)
# A page's title in the browser tab: the page's own, then the program's name.
site-page-title = { $title } · { $program }
site-skip-link = Skip to content
site-language-nav = Language
site-menu = Menu
site-nav-label = Main
site-nav-partners = Find a partner
site-nav-program = Program
site-nav-statuses = Statuses
site-nav-check = Check eligibility
site-header-search-label = Partners
site-header-search = Search partners
site-search-button = Search
site-footer-program = { $program } by { $vendor } · rules version { $version }
site-footer-sitemap = Sitemap

## Not found (site/pages/404.astro)
site-notfound-title = Page not found
site-notfound-description = This page does not exist.
site-notfound-heading = We couldn't find that page
site-notfound-text = The address may be mistyped, or the page has moved. A partner may have left the directory.
site-notfound-browse = Browse all partners
site-notfound-program = Read how the program works
site-notfound-home = Go to the home page

## Shared
# Words quoted in a sentence: a search, a name.
site-quoted = “{ $text }”

## Home (site/pages/index.astro)
site-home-description = Find a certified { $statuses } partner of { $vendor } near you, and read how the partner program works.
site-home-heading = Find a partner who knows the product
site-home-lead = { $partners } certified { $statuses } partners in { $countries ->
    [one] one country
   *[other] { $countries } countries
} help companies buy, set up and get the most from { $vendor }'s products.
site-home-search-form = Find a partner
site-home-search-label = Search by name, city, country or service
# $examples: search words from the directory, each quoted, as "a, b or c".
site-home-search-examples = Try { $examples }
site-home-search-fallback = Name, city, country or service
site-home-search-button = Find partners
# $link: the link site-home-browse-link.
site-home-browse = Or { $link }.
site-home-browse-link = browse the whole directory
site-home-featured = Featured { $statuses } partners
site-home-all-of-status = All { $status } partners →
site-home-statuses-heading = The { $program }: { $statuses }
site-home-statuses-text = Every company that joins starts as { $first }. Partners move up as they sell, train and support clients; only { $listed } partners are listed here.
site-home-check-link = Check what your company qualifies for
site-home-countries = Partners by country

## The statuses side by side (site/components/StatusCards.astro)
# $percent: the discount, shown large.
site-status-discount = { $percent } discount
# $requirements: what the larger discount takes; $before: the discount until then.
site-status-discount-condition = Once this is done: { $requirements } ({ $before } before)
site-status-listing-none = Not listed in the directory
site-status-listing-listed = Listed in the directory
site-status-listing-featured = Featured first in the directory
site-status-how-to-get = How to get it
site-status-from = From { $status }
site-status-approval = Approval of your application.
site-status-compare = Compare every requirement and benefit →

## The directory's headings (site/lib/directory.ts): each filter wraps the title so far ($title)
site-directory-title = Find a partner
site-title-partners = Partners
site-title-status-partners = { $status } partners
site-title-for-service = { $title } for { $service }
site-title-speaking = { $title } speaking { $language }
# $place: a city, a country, or "city, country".
site-title-in = { $title } in { $place }
site-title-matching = { $title } matching “{ $text }”
site-title-matching-only = Partners matching “{ $text }”

## Filter values the directory does not have (site/lib/directory.ts); $value is what was sent
site-filter-country-unlisted = No partner in { $country } is listed in the directory.
site-filter-country-unknown = ‘{ $value }’ is not a country code (two letters, like de for Germany).
site-filter-status-unlisted = { $status } partners are not listed in the directory.
site-filter-status-unknown = There is no status ‘{ $value }’.
site-filter-statuses-listed = The directory lists { $statuses } partners.
# $services: the services' ids, as the address writes them.
site-filter-service-unknown = ‘{ $value }’ is not a service partners list (services: { $services }).
site-filter-language-unlisted = No listed partner works in { $language }.
site-filter-language-unknown = ‘{ $value }’ is not a language code (two letters, like de for German).
# $param: the address's parameter, as written (country, page…).
site-filter-repeated = { $param } is given { $count } times; choose one.
site-filter-page-unknown = ‘{ $value }’ is not a page number (1, 2, 3…).
site-filter-page-past = There is no page { $page }: this list has { $pages ->
    [one] one page
   *[other] { $pages } pages
}.

## Directory pages (site/pages/partners/)
site-directory-intro = Certified partners who sell, set up and support the products.
site-directory-intro-featured = Certified partners who sell, set up and support the products. { $statuses } partners are shown first.
site-directory-description = Search { $count } certified partners by country, service and language.
# A further page of a list: "Find a partner, page 2".
site-title-page = { $title }, page { $page }
site-directory-page-description = Certified partners, page { $page } of { $pages }.
# $title: the list's heading ("Partners in Germany").
site-state-description = { $count ->
    [one] One certified partner
   *[other] { $count } certified partners
}: { $title }.
site-state-page-description = { $count } certified partners, page { $page } of { $pages }.
site-search-description = { $count ->
    [one] One partner
   *[other] { $count } partners
}: { $title }.
site-search-problem-title = This list could not be shown
site-search-problem-description = A filter in this address names nothing the directory has.

## The directory (site/components/DirectoryView.astro)
site-request-link = Request an implementation
site-request-link-hint = Describe your project once: partners who fit it contact you.
site-filter-form = Filter partners
site-filter-search = Search
site-filter-search-placeholder = Name, city, service…
site-filter-label-country = Country
site-filter-label-status = Status
site-filter-label-service = Service
site-filter-label-language = Language
site-filter-all-country = All countries
site-filter-all-status = All statuses
site-filter-all-service = All services
site-filter-all-language = All languages
# An option of a filter with the number of partners it shows: "Germany (3)".
site-filter-option = { $label } ({ $count })
site-filter-submit = Show partners
site-filter-clear = Clear all
site-filter-active = Active filters
# Read after a filter's name on the button that removes it.
site-filter-remove = remove
site-results-count = { $count ->
    [0] No partners match
    [one] 1 partner
   *[other] { $count } partners
}
site-results-showing = , showing { $from }–{ $to }
# $suggestion: the corrected search, as a link.
site-did-you-mean = Did you mean { $suggestion }?
site-results-widened = No partner matches every word of “{ $text }”, so these match some of them.
site-results-none = No partner matches all of that
site-results-none-hint = Try fewer filters or another word. You can also:
site-results-remove = Remove “{ $filter }”
site-results-without-text = Search without “{ $text }”
site-results-every = See every partner
site-results-partners = Partners
site-pages = Pages
site-pages-previous = ← Previous
site-pages-next = Next →
site-search-problem-without = Show the list without it

## A partner in a list (site/components/PartnerCard.astro) and on its page
site-partner-place = { $city }, { $country }
site-partner-services = Services
site-partner-more-services = +{ $count } more
site-breadcrumb = Breadcrumb
# $status: the partner's status, shown as a badge.
site-partner-heading-place = { $city }, { $country } · { $status } partner
site-partner-about = About
site-partner-languages = Languages
# Above a description written in another language than the page's; $language: its name ("German").
site-partner-description-language = Written in { $language }
site-partner-contact = Contact
site-partner-website = Website
site-partner-email = E-mail
site-partner-phone = Phone
site-partner-address = Address
site-partner-ask = Ask this partner
site-partner-ask-hint = Send { $partner } your project: they see it first, and other partners who fit may offer too.
site-partner-checked = { $status } partners are checked by the vendor and reviewed every year.
site-partner-more-of-status = { $count ->
    [one] { $count } more { $status } partner in { $country }
   *[other] { $count } more { $status } partners in { $country }
}
site-partner-more = { $count ->
    [one] { $count } more partner in { $country }
   *[other] { $count } more partners in { $country }
}

## Docs pages (site/components/DocsPage.astro, site/lib/markdown.ts)
site-docs-nav = Program docs
site-docs-toc = On this page
# Above a page shown in English because the page's language has no translation of it yet; $language: the language's name in itself ("Deutsch").
site-docs-untranslated = This page is not translated into { $language } yet.
# $updated and $effective are days (YYYY-MM-DD); $edit: the link site-docs-edit.
site-docs-footer = Last updated { DAY($updated) } · Rules version { $version }, effective { DAY($effective) } · { $edit }
site-docs-edit = Edit this page
site-docs-pager = Previous and next page
site-docs-previous = Previous
site-docs-next = Next
# Read after a heading's own link: "Link to “Annual review”".
site-heading-link = Link to “{ $heading }”
site-table-named = Table: { $headers }
site-table = Table

## The eligibility calculator (site/pages/check.astro, site/lib/check-form.ts)
site-form-unreadable = The form could not be read. Please fill it in again.
site-check-title = Check your eligibility
site-check-description = Answer a few questions to see which status your company qualifies for and what is still missing.
site-check-intro = Tell us where your company stands. The same rules engine that runs the program answers: what you qualify for, and what is still missing.
site-check-status = Your current status
site-check-sales = Sales in the last { $months } months
# $currencies: the program's currencies, as a list ("USD and EUR").
site-check-sales-hint = What you paid in the store after your discount, amounts in { $currencies } counted one to one. Leave out purchases for your own or an affiliated company.
site-check-since = Of which since you reached your current status
site-check-optional = (optional)
site-check-since-hint = Counts toward keeping your status. Leave empty if it is all of it.
# $statuses: the statuses whose entry counts only sales made at the status below.
site-check-since-hint-next = Counts toward keeping your status and, for { $statuses }, toward the next one. Leave empty if it is all of it.
site-check-clients = Different clients you have sold to
site-check-courses = Courses completed
site-check-endorsements = Where you endorse the products
site-check-endorse-website = On our website
site-check-endorse-social = On our social media
site-check-extras = What else you have done
site-check-first-line-support = We give clients first-line support by e-mail and phone
site-check-nfr-cloud = We have claimed our NFR cloud subscription
site-check-case-study = We have submitted a case study
site-check-marketing-plan = We have submitted a marketing plan
site-check-product-presentation = We have given a product presentation (webinar or recording)
site-check-submit = Check
site-check-placeholder = Your answer appears here
site-check-placeholder-hint = Fill in the form and press Check.
site-check-errors = Some answers need a look
# $typed: what was typed; $first and $second: its two readings, written so they cannot be misread.
site-check-ambiguous = “{ $typed }” can be read two ways: did you mean { $first } or { $second }? Type the one you meant.
site-check-status-missing = Choose your current status.
site-check-sales-missing = Enter your sales in the last { $months } months, or 0.
# $example: an amount written plainly, like 2500.
site-check-sales-invalid = Enter your sales in the last { $months } months as a number of 0 or more, like { $example }.
site-check-since-invalid = Enter your sales since reaching your status as a number of 0 or more, like { $example }.
site-check-since-too-much = This is part of your sales in the last { $months } months, so it cannot be more.
site-check-clients-invalid = Enter the number of clients as a whole number, like 3.

## The calculator's answer (site/pages/check.astro, site/components/RequirementList.astro)
# $status: a status's name, in the page's language.
site-check-qualifies = You qualify for { $status }
site-check-not-yet = Not yet { $status }
site-check-top = You hold the top status
# $percent: the discount, already written as a percentage.
site-check-discount = As { $status } your discount is { $percent }.
site-check-discount-now = As { $status } your discount is { $percent } now
# One later discount; $requires: what it takes, as a list.
site-check-discount-later = { $count ->
    [one] { $percent } once this is done: { $requires }
   *[other] { $percent } once these are done: { $requires }
}
site-check-ready = Everything for { $status } is in place: apply for the upgrade.
site-check-still-need = For { $status } you still need { $missing } of { $total }:
site-check-keep-probation = To keep { $status }, within { $days } days of approval
site-check-keep-review = To keep { $status } at your annual review
site-check-keep-review-note = Counted since you reached { $status }; the review falls { $months } months after that (here assumed to be { DAY($date) }).
site-check-how-statuses = How the statuses work
site-requirement-met = (met)
site-requirement-missing = (missing)
# $current and $target: figures already written (an amount or a count).
site-requirement-progress = { $current } of { $target }
site-requirement-lacking = To do: { $what }
site-statuses-scroll-hint = Scroll the table sideways to see every status →

## Implementation requests: the form (site/pages/request/index.astro, site/lib/request-text.ts)
site-request-title = Request an implementation
site-request-description = Tell us what you need: partners who work in your country and offer it get your request, and up to a few of them contact you.
# $max: how many partners can take one request.
site-request-intro = Tell us what you need. Partners who work in your country and offer it receive your request; up to { $max ->
    [one] { $max } partner
   *[other] { $max } partners
} can take it and contact you with an offer. It is free and commits you to nothing.
site-request-addressed = { $partner } receives your request first.
site-request-not-listed = The partner in the link is not in the directory; your request goes to every partner that fits.
site-request-consent = I have read the privacy notice and agree that my request and contact details are stored and passed on as it describes.
site-request-consent-missing = Tick the box to agree to the privacy notice: without it we cannot pass your request on.
site-request-privacy-link = privacy notice
site-request-submit = Send my request
site-request-choose = Choose…
site-request-honeypot = Leave this field empty
site-request-summary = { $count ->
    [one] { $count } field needs a look
   *[other] { $count } fields need a look
}
site-request-field-name = Your name
site-request-field-name-missing = Enter your name.
site-request-field-company = Company
site-request-field-company-missing = Enter your company's name.
site-request-field-email = E-mail
site-request-field-email-hint = Only the partners who take your request see it.
site-request-field-email-missing = Enter your e-mail address.
site-request-field-phone = Phone (optional)
site-request-field-phone-hint = With the country code, or as you dial it in your country.
site-request-field-phone-missing = Enter a phone number partners can call, or leave it empty.
site-request-field-country = Country
site-request-field-country-hint = Partners who work in this country receive your request.
site-request-field-country-missing = Choose your country.
site-request-field-country-unknown = Choose your country from the list.
site-request-field-city = City
site-request-field-city-missing = Enter your city.
site-request-field-kind = What you need
site-request-field-kind-missing = Choose what you need.
site-request-field-kind-unknown = Choose what you need from the list.
site-request-field-language = Preferred language
site-request-field-language-hint = The language you would like partners to speak with you.
site-request-field-language-missing = Choose a language.
site-request-field-language-unknown = Choose a language from the list.
site-request-field-description = Describe your project
site-request-field-description-hint = What you use today, how many people, what should change. Partners read this before they take your request, so leave your e-mail address and phone number out of it.
site-request-field-description-missing = Describe what you need.
site-request-too-long = Keep it to { $max } characters or fewer; this has { $length }.
site-request-too-short = Tell the partners a little more: at least { $min } characters.
site-request-email = Enter an e-mail address like name@company.com.
site-request-phone = Enter a phone number partners can call, like +49 30 5550 1234, or leave it empty.
site-request-one-line = Write this on one line.
site-request-contact-in-description = Leave your e-mail address and phone number out of the description: partners read it before they take your request, and get your contact details only once they do.
site-request-robot = This request was not sent: it looked automated. If you are a person, reload the page and fill it in again, leaving the last hidden field empty.
site-request-too-fast = That was quicker than a person types: please check your request and send it again.
site-request-stale = This form is too old, or it came from somewhere else. We kept what you typed: please check it and send it again.
site-request-rate-limited = You have sent { $count ->
    [one] { $count } request
   *[other] { $count } requests
} within the last hour, the most we take from one address. Please try again later.
site-request-unavailable = Requests cannot be taken at the moment. Please try again in a few minutes.

## Implementation requests: the private page (site/pages/request/[token].astro); $until, $on: days, already written out
site-request-private-title = Your request { $reference }
site-request-private-description = The private page of your implementation request.
site-request-sent = Thank you: your request is in.
site-request-keep-link = This page is your private link to the request. Bookmark it or copy the address: it is the only way back here, and anyone with it can change the request, so share it with no one.
site-request-reference = Reference
site-request-sent-on = Sent on
site-request-what = What you need
site-request-where = Where
site-request-language = Language
site-request-state = Where it stands
site-request-waiting = It is on its way to the partners.
site-request-offered = It was sent to { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} who work in your country and offer what you need.
site-request-nobody = No partner takes such requests from your country yet; it stays open until { $until } in case one does.
site-request-none-yet = No partner has taken it yet. Partners can take it until { $until }.
# $max: how many partners can take one request.
site-request-taken = { $count ->
    [one] { $count } partner has
   *[other] { $count } partners have
} taken it (at most { $max } can), and will contact you:
site-request-open = Partners can take it until { $until }.
site-request-full = No more partners can take it.
site-request-closed-withdrawn = You withdrew it on { $on }: no more partners can take it.
site-request-closed-chosen = You told us your choice on { $on }.
site-request-closed-expired = It closed on { $on }: the days for taking it are over.
# $stop: a full stop, or nothing when the name ends in one already ("Lakeshore Workflow Inc.").
site-request-chosen-partner = You chose { $name }{ $stop }
site-request-choose-title = Which partner did you choose?
site-request-choose-hint = Once you have decided, tell us: it helps us send requests to the partners clients choose.
site-request-choose-button = This is my choice
site-request-choose-none = Choose one of the partners above.
site-request-withdraw-title = Withdraw the request
site-request-withdraw-hint = No more partners can take it. Partners who took it already keep your contact details until they are erased.
site-request-withdraw-button = Withdraw my request
site-request-erase-title = Erase your contact details
site-request-erase-hint = Your name, company, e-mail, phone and description are erased { $days ->
    [one] { $days } day
   *[other] { $days } days
} after the request closes. Erase them now instead: partners who have not taken it yet never will, and those who did cannot see them here any more.
site-request-erase-button = Erase my contact details now
site-request-erased = Your contact details were erased on { $on }.
site-request-done-withdrawn = Your request is withdrawn.
site-request-done-chosen = Thank you for telling us.
site-request-done-erased = Your contact details are erased.
site-request-not-found = This link does not open a request
site-request-not-found-text = Check that you copied the whole address. A request can only be reached through the private link shown when it was sent.
site-request-partner-page = partner page

## Problem pages of the server, before any page is rendered (site/server/problem.ts)
site-problem-error = Error { $status }.
site-problem-home = Home
site-problem-too-long-title = This address is too long
site-problem-too-long-detail = Addresses on this site are at most { $max } characters long.
site-problem-bad-escape-title = This address could not be read
site-problem-bad-escape-detail = It has a broken %-escape. Check the link, or start again from the home page.
site-problem-too-many-params-title = This address has too many parameters
site-problem-too-many-params-detail = A search on this site takes at most { $max } parameters.
site-problem-method-title = This method is not allowed here
# $post: yes where a form posts to this address.
site-problem-method-detail = { $post ->
    [yes] This address answers GET, HEAD and POST requests only.
   *[no] This address answers GET and HEAD requests only.
}
site-problem-form-type-title = This form post could not be read
site-problem-form-type-detail = Send the form from the page itself: its fields as a web form.
site-problem-too-many-fields-title = This form has too many fields
site-problem-too-many-fields-detail = A form on this site has at most { $max } fields. Reload the page and fill it in again.
site-problem-too-large-title = This form post is too large
site-problem-too-large-detail = A form on this site sends at most { $kilobytes } KB. Shorten what you typed and send it again.
site-problem-loading-title = The site is being updated
site-problem-loading-detail = The partner directory is not available for a moment. Please try again in a minute.
site-problem-failed-title = Something went wrong on our side
site-problem-failed-detail = Please try again in a moment.
