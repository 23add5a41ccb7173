# Messages every part of the project shares. English is the source: every other language's
# catalog (content/locales/<language>/) has the same messages, with the same variables.

## Counting and naming
partners-count = { $count ->
    [one] one partner
   *[other] { NUMBER($count) } partners
}
