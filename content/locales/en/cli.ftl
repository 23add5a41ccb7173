# The command-line tools' words: npm run eligibility (scripts/lib/standing-text.ts) and
# npm run impact (scripts/impact/render.ts), in the language of --language. Plain text: the
# impact report escapes it for markdown. What the rules engine says is in program.ftl; the
# content check's problems and the tools' errors are written in English.

## npm run eligibility: one partner's standing
cli-standing-title = { $partner } ({ $slug }), as of { DAY($date) }
cli-standing-review-kept = Annual review on { DAY($date) }: { $status } kept
cli-standing-review-missed = Annual review on { DAY($date) }: target missed, { $status } moves down to { $result }
# $status and $since are the values to write in the partner file, as they are written there.
cli-standing-update-file = Update the file: status: { $status }, statusSince: { $since }
# The sales figures: $counted and $target are amounts, $from and $to the days counted.
cli-standing-sales-keep-review = Sales toward keeping { $status } at the review on { DAY($date) }: { MONEY($counted) } of { MONEY($target) } ({ DAY($from) } to { DAY($to) }{ $excluded })
cli-standing-sales-keep = Sales toward keeping { $status }: { MONEY($counted) } of { MONEY($target) } ({ DAY($from) } to { DAY($to) }{ $excluded })
cli-standing-sales-next = Sales toward reaching { $status }: { MONEY($counted) } of { MONEY($target) } ({ DAY($from) } to { DAY($to) }{ $excluded })
cli-standing-sales-excluded = ; { MONEY($amount) } own or affiliated not counted
cli-standing-next-step = Next step: { $advice }
cli-standing-benefits = Benefits ({ PERCENT($discount) } discount):
cli-standing-benefit-pending = { $benefit } (to get it: { $missing })
cli-standing-keep-probation = To keep { $status } after the first period (by { DAY($date) }): { $state }
cli-standing-keep-review = To keep { $status } at the annual review on { DAY($date) }: { $state }
cli-standing-all-met = all met
cli-standing-not-met = not yet met
cli-standing-next = To move up to { $status }: { $state }
cli-standing-next-again = To move back up to { $status }: { $state }
cli-standing-qualifies = every requirement is met; apply for the upgrade
cli-standing-not-qualified = { $unmet } of { $total } requirements not met yet
cli-standing-top = { $status } is the highest status.
# A requirement's figures beside its progress bar (already formatted: amounts or counts).
cli-standing-progress = { $current } of { $target }
cli-standing-window = ({ DAY($from) } to { DAY($to) })
cli-standing-todo = to do: { $items }
cli-standing-advice = advice: { $advice }
cli-standing-if-missed = if missed: { $consequence }
cli-standing-on-the-day = on that day: { $consequence }
cli-standing-upcoming = Upcoming deadlines:
cli-standing-no-upcoming = No upcoming deadlines.
cli-standing-passed = Passed in the last { $days } days:
cli-standing-deadline = { $name }: { $subject }
cli-standing-deadline-done = { $name }: { $subject } (done)
# How far a deadline is from the day evaluated on.
cli-standing-days = { $days ->
        [0] today
        [one] in { $days } day
       *[other] in { $days } days
    }
cli-standing-days-ago = { $days ->
        [one] { $days } day ago
       *[other] { $days } days ago
    }

## npm run impact: what a content change does
cli-impact-title = Content impact
cli-impact-compared = { $before } → { $after }, partners evaluated as of { DAY($date) }.
# The two sides compared: a commit by the ref given ($sha is its short id), and the working tree.
cli-impact-side-ref = { $ref } ({ $sha })
cli-impact-side-merge-base = the merge base with { $main } ({ $sha })
cli-impact-side-head = HEAD ({ $sha })
cli-impact-side-working-tree = the working tree
# Why the report compares with HEAD when no ref was given. $main is main or origin/main.
cli-impact-note-on-main = You are on main, so there is no merge base with main to compare with: comparing with HEAD, the last commit. Give a ref to compare with another commit, like npm run impact -- HEAD~1.
cli-impact-note-no-main = There is no branch main or origin/main here: comparing with HEAD, the last commit. Give a ref to compare with another commit.
cli-impact-note-no-history = This branch shares no history with { $main }: comparing with HEAD, the last commit. Give a ref to compare with another commit.

cli-impact-problems = Problems
cli-impact-problems-now = { $side } has { $count ->
        [one] { $count } problem: the content check fails until it is fixed.
       *[other] { $count } problems: the content check fails until they are fixed.
    }
cli-impact-problems-before = { $side } had { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }; files with problems are compared only where they could be read.
cli-impact-problems-before-fixed = { $side } had { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }, all fixed now; files with problems are compared only where they could be read.
cli-impact-problems-more = and { $count } more: run npm run check to see them all
cli-impact-warnings = Warnings
cli-impact-warnings-now = { $side } has { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }: worth a look, though the content check passes.
# Put for the message of a problem in a partner's private data, which may quote the value.
cli-impact-private-problem = has a problem (private data: run npm run check to see it)
cli-impact-private-warning = has a warning (private data: run npm run check to see it)
cli-impact-not-compared = Partners and standings are not compared: the rules on one side could not be read. Fix the problems above first.

cli-impact-attention = Attention
# Why a partner's standing changes, as the end of a sentence about it.
cli-impact-because-both = after the changes to its file and to the rules
cli-impact-because-file = after the changes to its file
cli-impact-because-rules = under the changed rules
cli-impact-attention-lapse = { $partner } is cancelled { $because }: the { $status } requirements are not met by { DAY($date) }.
cli-impact-attention-review = { $partner } moves down from { $before } to { $after } { $because }: it misses the annual review on { DAY($date) }. Its file still says { $recorded }.
cli-impact-attention-review-listed = { $partner } moves down from { $before } to { $after } { $because }: it misses the annual review on { DAY($date) }. Its file still says { $recorded }, so the directory shows it as { $recorded } until the file is updated.
cli-impact-attention-leaves = { $partner } leaves the public directory: { $reason }.
cli-impact-attention-at-risk-review = { $partner } no longer meets the yearly target for keeping { $status } at the review on { DAY($date) } { $because }. Still to do: { $items }.
cli-impact-attention-at-risk-probation = { $partner } no longer meets the { $status } requirements due { DAY($date) } { $because }. Still to do: { $items }.
# A status that is no status: the partner is out of the program.
cli-impact-cancelled = cancelled
cli-impact-leave-removed = its file is removed
cli-impact-leave-problems = its file has problems
cli-impact-leave-status = its file now says { $status }
cli-impact-leave-rules = the changed rules no longer list { $status } partners
cli-impact-enter-added = a new { $status } partner
cli-impact-enter-status = its file now says { $status }
cli-impact-enter-rules = the changed rules list { $status } partners

cli-impact-summary = Summary
# The summary is these parts joined by "; ", its first letter made upper case.
cli-impact-summary-rules = { $values ->
        [one] { $values } rules value
       *[other] { $values } rules values
    } changed in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
cli-impact-summary-partners = partners: { $changes }
cli-impact-summary-added = { $count } added
cli-impact-summary-removed = { $count } removed
cli-impact-summary-changed = { $count } changed
cli-impact-summary-directory = directory: { $in } in, { $out } out
cli-impact-summary-standings = { $count ->
        [one] { $count } partner
       *[other] { $count } partners
    } with a changed standing or deadline
cli-impact-summary-reminders = reminders: { $added } new, { $cancelled } cancelled
cli-impact-summary-none = No change to partners, rules or standings.

cli-impact-rules = Rules
# A rules value that is not there on one side.
cli-impact-rule-none = (none)
cli-impact-version-not-bumped = program.yaml still says version { $version }, effective { $effective }: bump both with every rules change.

cli-impact-partners = Partners
cli-impact-partner-added = added: { $partner }, { $status }, not listed
cli-impact-partner-added-listed = added: { $partner }, { $status }, listed in the directory
cli-impact-partner-removed = removed: { $partner }, was { $status }
# $fields are the names of the fields, as written in the file.
cli-impact-partner-changed = changed: { $partner }: { $fields }
cli-impact-partner-broken-now = not compared: { $partner }: its file has problems now
cli-impact-partner-broken-before = not compared: { $partner }: its file had problems before
cli-impact-fields-only = Changed fields are named, never their values: the files hold private data.

cli-impact-directory = Public directory
cli-impact-directory-in = in: { $partner }: { $reason }
cli-impact-directory-out = out: { $partner }: { $reason }

cli-impact-standing = Standing as of { DAY($date) }
cli-impact-status = status: { $before } → { $after } ({ $why })
cli-impact-why-file = the status in its file changed
cli-impact-why-review = misses the annual review on { DAY($date) }; the file still says { $status }
cli-impact-why-lapse = the { $status } requirements are not met by { DAY($date) }
cli-impact-why-restored = what took it away on { DAY($date) } no longer does
cli-impact-why-restored-undated = what took it away no longer does
cli-impact-discount = discount: { PERCENT($before) } → { PERCENT($after) }
# Keeping the status: on one day, or on a day that moves; $before and $after are each "met" or
# what is still to do (the engine's missing- messages, joined by "; ").
cli-impact-keep-review = keeping { $status } at the annual review on { DAY($date) }: { $before } → { $after }
cli-impact-keep-review-moved = keeping { $status } at the annual review ({ DAY($from) } → { DAY($to) }): { $before } → { $after }
cli-impact-keep-probation = keeping { $status } after the first period on { DAY($date) }: { $before } → { $after }
cli-impact-keep-probation-moved = keeping { $status } after the first period ({ DAY($from) } → { DAY($to) }): { $before } → { $after }
cli-impact-met = met
# Moving up: $before and $after are each "qualifies" or what is still to do.
cli-impact-next = moving up to { $status }: { $before } → { $after }
cli-impact-qualifies = qualifies
cli-impact-deadline = deadline { $name }: { $before } → { $after }
cli-impact-day-passed = { DAY($date) } (passed)
cli-impact-no-day = none

cli-impact-reminders = Reminders from { DAY($date) } on
# $added and $cancelled: a count, with the count of each kind of deadline in brackets.
cli-impact-reminders-counts = New: { $added }. Cancelled: { $cancelled }.
cli-impact-reminder-new = new { $partner }: { $kind } on { DAY($date) }, reminders on { $days }
cli-impact-reminder-cancelled = cancelled { $partner }: { $kind } on { DAY($date) }, reminders on { $days }
# The line that folds a long list in markdown.
cli-impact-fold-partners = { $count } partners
cli-impact-fold-reminders = { $count } reminder lines
