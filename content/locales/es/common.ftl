# Messages every part of the project shares, in Spanish (neutral: Spain and Latin America).
# Partners are addressed with "tú", as in content/docs/es/.

## Counting and naming
partners-count = { $count ->
    [one] un partner
   *[other] { NUMBER($count) } partners
}
