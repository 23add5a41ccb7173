# The command-line tools' words in Brazilian Portuguese (content/locales/en/cli.ftl is the source).
# Plain text; partners are addressed as "você", as in content/docs/pt-BR/. Git's words (HEAD,
# commit, branch) as Brazilian git users know them.

## npm run eligibility: one partner's standing
cli-standing-title = { $partner } ({ $slug }), em { DAY($date) }
cli-standing-review-kept = Revisão anual de { DAY($date) }: { $status } mantido
cli-standing-review-missed = Revisão anual de { DAY($date) }: meta não atingida, desce do { $status } para o { $result }
cli-standing-update-file = Atualize o arquivo: status: { $status }, statusSince: { $since }
cli-standing-sales-keep-review = Vendas para manter o { $status } na revisão de { DAY($date) }: { MONEY($counted) } de { MONEY($target) } (de { DAY($from) } a { DAY($to) }{ $excluded })
cli-standing-sales-keep = Vendas para manter o { $status }: { MONEY($counted) } de { MONEY($target) } (de { DAY($from) } a { DAY($to) }{ $excluded })
cli-standing-sales-next = Vendas para chegar ao { $status }: { MONEY($counted) } de { MONEY($target) } (de { DAY($from) } a { DAY($to) }{ $excluded })
cli-standing-sales-excluded = ; { MONEY($amount) } em compras próprias ou de empresas ligadas não contam
cli-standing-next-step = Próximo passo: { $advice }
cli-standing-benefits = Benefícios ({ PERCENT($discount) } de desconto):
cli-standing-benefit-pending = { $benefit } (para obter: { $missing })
cli-standing-keep-probation = Para manter o { $status } depois do primeiro período (até { DAY($date) }): { $state }
cli-standing-keep-review = Para manter o { $status } na revisão anual de { DAY($date) }: { $state }
cli-standing-all-met = tudo cumprido
cli-standing-not-met = ainda não cumprido
cli-standing-next = Para subir para o { $status }: { $state }
cli-standing-next-again = Para voltar ao { $status }: { $state }
cli-standing-qualifies = todos os requisitos cumpridos; peça a promoção
cli-standing-not-qualified = { $unmet } de { $total } requisitos pendentes
cli-standing-top = { $status } é o status mais alto.
cli-standing-progress = { $current } de { $target }
cli-standing-window = (de { DAY($from) } a { DAY($to) })
cli-standing-todo = falta: { $items }
cli-standing-advice = dica: { $advice }
cli-standing-if-missed = se o prazo passar: { $consequence }
cli-standing-on-the-day = nesse dia: { $consequence }
cli-standing-upcoming = Próximos prazos:
cli-standing-no-upcoming = Nenhum prazo próximo.
cli-standing-passed = Vencidos nos últimos { $days } dias:
cli-standing-deadline = { $name }: { $subject }
cli-standing-deadline-done = { $name }: { $subject } (feito)
cli-standing-days = { $days ->
        [0] hoje
        [one] daqui a { $days } dia
       *[other] daqui a { $days } dias
    }
cli-standing-days-ago = { $days ->
        [one] há { $days } dia
       *[other] há { $days } dias
    }

## npm run impact: what a content change does
cli-impact-title = Impacto da mudança de conteúdo
cli-impact-compared = { $before } → { $after }, parceiros avaliados em { DAY($date) }.
# The sides also open a line ("Diretório de trabalho: 5 problemas; …"), so they start in upper case.
cli-impact-side-ref = { $ref } ({ $sha })
cli-impact-side-merge-base = Base de mesclagem com { $main } ({ $sha })
cli-impact-side-head = HEAD ({ $sha })
cli-impact-side-working-tree = Diretório de trabalho
cli-impact-note-on-main = Você está na main, então não há base de mesclagem com a main para comparar: a comparação é com HEAD, o último commit. Informe uma referência para comparar com outro commit, como npm run impact -- HEAD~1.
cli-impact-note-no-main = Não há branch main nem origin/main aqui: a comparação é com HEAD, o último commit. Informe uma referência para comparar com outro commit.
cli-impact-note-no-history = Este branch não tem histórico em comum com { $main }: a comparação é com HEAD, o último commit. Informe uma referência para comparar com outro commit.

cli-impact-problems = Problemas
cli-impact-problems-now = { $side }: { $count ->
        [one] { $count } problema; a verificação do conteúdo falha até que ele seja corrigido.
       *[other] { $count } problemas; a verificação do conteúdo falha até que eles sejam corrigidos.
    }
cli-impact-problems-before = { $side }: antes { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }; arquivos com problemas só são comparados no que pôde ser lido.
cli-impact-problems-before-fixed = { $side }: antes { $count ->
        [one] { $count } problema, já corrigido
       *[other] { $count } problemas, todos já corrigidos
    }; arquivos com problemas só são comparados no que pôde ser lido.
cli-impact-problems-more = e mais { $count }: rode npm run check para ver todos
cli-impact-warnings = Avisos
cli-impact-warnings-now = { $side }: { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }; vale a pena dar uma olhada, embora a verificação do conteúdo passe.
cli-impact-private-problem = tem um problema (dados privados: rode npm run check para vê-lo)
cli-impact-private-warning = tem um aviso (dados privados: rode npm run check para vê-lo)
cli-impact-not-compared = Parceiros e situações não são comparados: as regras de um dos lados não puderam ser lidas. Corrija primeiro os problemas acima.

cli-impact-attention = Atenção
cli-impact-because-both = depois das mudanças no arquivo do parceiro e nas regras
cli-impact-because-file = depois das mudanças no arquivo do parceiro
cli-impact-because-rules = com as regras alteradas
cli-impact-attention-lapse = { $partner } é cancelado { $because }: os requisitos do { $status } não estão cumpridos em { DAY($date) }.
cli-impact-attention-review = { $partner } desce do { $before } para o { $after } { $because }: não passa na revisão anual de { DAY($date) }. O arquivo ainda diz { $recorded }.
cli-impact-attention-review-listed = { $partner } desce do { $before } para o { $after } { $because }: não passa na revisão anual de { DAY($date) }. O arquivo ainda diz { $recorded }, então o diretório o mostra como { $recorded } até que o arquivo seja atualizado.
cli-impact-attention-leaves = { $partner } sai do diretório público: { $reason }.
cli-impact-attention-at-risk-review = { $partner } não atinge mais a meta anual para manter o { $status } na revisão de { DAY($date) } { $because }. Ainda falta: { $items }.
cli-impact-attention-at-risk-probation = { $partner } não cumpre mais os requisitos do { $status } que vencem em { DAY($date) } { $because }. Ainda falta: { $items }.
cli-impact-cancelled = cancelado
cli-impact-leave-removed = o arquivo foi removido
cli-impact-leave-problems = o arquivo tem problemas
cli-impact-leave-status = o arquivo agora diz { $status }
cli-impact-leave-rules = as regras alteradas não listam mais parceiros { $status } no diretório
cli-impact-enter-added = um novo parceiro { $status }
cli-impact-enter-status = o arquivo agora diz { $status }
cli-impact-enter-rules = as regras alteradas listam parceiros { $status } no diretório

cli-impact-summary = Resumo
cli-impact-summary-rules = { $values ->
        [one] { $values } valor das regras alterado
       *[other] { $values } valores das regras alterados
    } em { $files ->
        [one] { $files } arquivo
       *[other] { $files } arquivos
    }
cli-impact-summary-partners = parceiros: { $changes }
cli-impact-summary-added = { $count ->
        [one] { $count } adicionado
       *[other] { $count } adicionados
    }
cli-impact-summary-removed = { $count ->
        [one] { $count } removido
       *[other] { $count } removidos
    }
cli-impact-summary-changed = { $count ->
        [one] { $count } alterado
       *[other] { $count } alterados
    }
# Portuguese counts 0 as singular ("0 entrada"): it has a variant of its own.
cli-impact-summary-directory = diretório: { $in ->
        [0] nenhuma entrada
        [one] { $in } entrada
       *[other] { $in } entradas
    }, { $out ->
        [0] nenhuma saída
        [one] { $out } saída
       *[other] { $out } saídas
    }
cli-impact-summary-standings = { $count ->
        [one] { $count } parceiro com situação ou prazo alterado
       *[other] { $count } parceiros com situação ou prazos alterados
    }
cli-impact-summary-reminders = lembretes: { $added ->
        [0] nenhum novo
        [one] { $added } novo
       *[other] { $added } novos
    }, { $cancelled ->
        [0] nenhum cancelado
        [one] { $cancelled } cancelado
       *[other] { $cancelled } cancelados
    }
cli-impact-summary-none = Nenhuma mudança em parceiros, regras ou situações.

cli-impact-rules = Regras
cli-impact-rule-none = (nenhum)
cli-impact-version-not-bumped = O program.yaml ainda diz versão { $version }, em vigor desde { $effective }: atualize as duas a cada mudança nas regras.

cli-impact-partners = Parceiros
cli-impact-partner-added = adicionado: { $partner }, { $status }, fora do diretório
cli-impact-partner-added-listed = adicionado: { $partner }, { $status }, no diretório
cli-impact-partner-removed = removido: { $partner }, era { $status }
cli-impact-partner-changed = alterado: { $partner }: { $fields }
cli-impact-partner-broken-now = não comparado: { $partner }: o arquivo tem problemas agora
cli-impact-partner-broken-before = não comparado: { $partner }: o arquivo tinha problemas antes
cli-impact-fields-only = Os campos alterados são citados, nunca os seus valores: os arquivos guardam dados privados.

cli-impact-directory = Diretório público
cli-impact-directory-in = entra: { $partner }: { $reason }
cli-impact-directory-out = sai: { $partner }: { $reason }

cli-impact-standing = Situação em { DAY($date) }
cli-impact-status = status: { $before } → { $after } ({ $why })
cli-impact-why-file = o status no arquivo mudou
cli-impact-why-review = não passa na revisão anual de { DAY($date) }; o arquivo ainda diz { $status }
cli-impact-why-lapse = os requisitos do { $status } não estão cumpridos em { DAY($date) }
cli-impact-why-restored = o que o tirou em { DAY($date) } não vale mais
cli-impact-why-restored-undated = o que o tirou não vale mais
cli-impact-discount = desconto: { PERCENT($before) } → { PERCENT($after) }
cli-impact-keep-review = manter o { $status } na revisão anual de { DAY($date) }: { $before } → { $after }
cli-impact-keep-review-moved = manter o { $status } na revisão anual ({ DAY($from) } → { DAY($to) }): { $before } → { $after }
cli-impact-keep-probation = manter o { $status } depois do primeiro período, em { DAY($date) }: { $before } → { $after }
cli-impact-keep-probation-moved = manter o { $status } depois do primeiro período ({ DAY($from) } → { DAY($to) }): { $before } → { $after }
cli-impact-met = cumprido
cli-impact-next = subir para o { $status }: { $before } → { $after }
cli-impact-qualifies = cumpre os requisitos
cli-impact-deadline = prazo “{ $name }”: { $before } → { $after }
cli-impact-day-passed = { DAY($date) } (vencido)
cli-impact-no-day = nenhum

cli-impact-reminders = Lembretes a partir de { DAY($date) }
cli-impact-reminders-counts = Novos: { $added }. Cancelados: { $cancelled }.
cli-impact-reminder-new = novo: { $partner }: { $kind } em { DAY($date) }, lembretes em { $days }
cli-impact-reminder-cancelled = cancelado: { $partner }: { $kind } em { DAY($date) }, lembretes em { $days }
cli-impact-fold-partners = { $count } parceiros
cli-impact-fold-reminders = { $count } linhas de lembretes
