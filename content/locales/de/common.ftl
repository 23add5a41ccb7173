# Messages every part of the project shares, in German (content/locales/en/common.ftl is the source).

## Counting and naming
partners-count = { $count ->
    [one] ein Partner
   *[other] { NUMBER($count) } Partner
}
