# Messages every part of the project shares, in Brazilian Portuguese. The source is
# content/locales/en/common.ftl: same messages, same variables.

## Counting and naming
# In pt-BR, 0 falls in the "one" category too: it gets its own variant.
partners-count = { $count ->
    [0] nenhum parceiro
    [one] { NUMBER($count) } parceiro
   *[other] { NUMBER($count) } parceiros
}
