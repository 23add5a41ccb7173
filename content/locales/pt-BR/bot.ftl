# The Telegram bot's messages in Brazilian Portuguese (source: content/locales/en/bot.ftl; same
# messages, same variables, the same Telegram HTML). Terms as in content/docs/pt-BR/; the partner
# is "você".
# In pt-BR, 0 falls in the plural category "one": where 0 can occur it gets its own variant first.

## The command menu (plain)
bot-command-start = O que eu sei fazer
bot-command-tiers = Os status lado a lado
bot-command-check = A que status você tem direito
bot-command-find = Encontrar um parceiro do diretório
bot-command-status = O seu status e o seu progresso (equipe do parceiro)
bot-command-deadlines = As suas próximas datas (equipe do parceiro)
bot-command-reminders = Os seus lembretes de prazos, ligados ou desligados (equipe do parceiro)
bot-command-leads = Solicitações de implementação e a sua avaliação (equipe do parceiro)
bot-command-language = Mudar o idioma em que eu escrevo
bot-command-help = Comandos e exemplos de perguntas

## Buttons (plain)
bot-button-tiers = 📊 Status
bot-button-check = ✅ Verificar elegibilidade
bot-button-find = 🔎 Encontrar um parceiro
bot-button-status = 📈 Meu status
bot-button-deadlines = 📅 Meus prazos
bot-button-help = ❓ Ajuda
bot-button-back = « Voltar
bot-button-cancel = ✖ Cancelar
bot-button-again = 🔁 Verificar de novo
bot-button-yes = Sim
bot-button-no = Não
bot-button-zero = Nada (0)
bot-button-all = Tudo
bot-button-not-partner = Ainda não sou parceiro
bot-button-any-service = Qualquer serviço
bot-button-other-country = « Outro país
bot-button-other-service = « Outro serviço
bot-button-open-private = 🔒 Abrir um chat privado

## /start and /help
bot-start-welcome =
    👋 Oi! Eu sou o assistente do <b>{ $program }</b>.

    Posso mostrar os status de parceiro, verificar a que status a sua empresa tem direito, encontrar parceiros do diretório e responder a perguntas sobre as regras do programa. É só perguntar do seu jeito, por exemplo: “Por quanto tempo vale a assinatura NFR?”
bot-start-linked = Você está vinculado a <b>{ $partner }</b>: /status mostra em que pé você está, e /deadlines, as suas próximas datas.
bot-help-commands =
    <b>O que eu sei fazer</b>
    /tiers — os status lado a lado
    /check — a que status você tem direito e o que falta
    /find — parceiros do diretório por país e serviço
    /status — o seu status e o seu progresso (equipe do parceiro)
    /deadlines — as suas próximas datas (equipe do parceiro)
    /reminders — os seus lembretes de prazos, ligados ou desligados (equipe do parceiro)
    /leads — solicitações de implementação dos clientes e a sua avaliação (equipe do parceiro)
    /language — o idioma em que eu escrevo
bot-help-admin =
    /reload — ler o conteúdo de novo agora
    /stats — números de uso
    /reminders status — o que os lembretes enviaram e o que falhou
    /leads stats — solicitações de implementação por país e por tipo
bot-help-ask =
    Ou faça uma pergunta sobre o programa, por exemplo:
    { $examples }
bot-help-example-nfr = Por quanto tempo vale a assinatura NFR?
bot-help-example-discount = Qual é o desconto do { $status }?
bot-help-example-bonus = Posso pagar uma renovação on-premise com bônus?
bot-help-source = As minhas respostas vêm da { $docs }.
bot-help-docs-name = documentação do programa

## /language
bot-language-choose = Em que idioma você quer que eu escreva?
bot-language-set = A partir de agora, escrevo para você em { $language }.
# plain
bot-language-expired = Este botão expirou. Envie /language para escolher de novo.

## A partner's own data, and who may see it
bot-privacy-private-only = 🔒 Só mostro os dados de um parceiro num chat privado comigo. Toque abaixo para abrir um.
bot-privacy-not-linked =
    A sua conta do Telegram não está vinculada a nenhum parceiro.

    Para vinculá-la, peça ao seu gerente de parceiros que adicione o seu ID de usuário do Telegram, <code>{ $userId }</code>, ao arquivo de parceiro da sua empresa (a lista <code>program.telegram</code>). Enquanto isso, /tiers, /check e /find funcionam para todo mundo, e você pode me perguntar qualquer coisa sobre o programa.

## /tiers: the statuses side by side
bot-tiers-title = <b>Os { $count } status de parceiro</b>
# The rows of the table of key figures (plain, in a fixed-width table).
bot-tiers-row-discount = Desconto
bot-tiers-row-directory = Diretório
bot-tiers-row-nfr-cloud = NFR nuvem
bot-tiers-row-nfr-keys = Chaves NFR
bot-tiers-row-entry = Chegar
bot-tiers-row-keep = Manter
bot-tiers-listing-none = —
bot-tiers-listing-listed = Aparece
bot-tiers-listing-featured = Destaque
bot-tiers-nothing = —
bot-tiers-status = { $medal } <b>{ $status }</b> — { $summary }
bot-tiers-how-to-get = <i>Como chegar a ele:</i> { $items }
bot-tiers-to-keep = <i>Para mantê-lo:</i> { $items }
bot-tiers-discount = <i>Desconto:</i> { $items }
bot-tiers-benefits = <i>Benefícios:</i>
bot-tiers-on-approval = Aprovação da sua inscrição
bot-tiers-probation = Em até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } após a aprovação: { $items }
bot-tiers-by-review = { $item }, a cada revisão anual
bot-tiers-discount-after = { PERCENT($percent) } depois de: { $items }
bot-tiers-footer = Todos os detalhes: { $docs }. Envie /check para ver em que pé a sua empresa está.

## /check: the eligibility check
# $total is 0 for the first question, before the number of questions is known.
bot-check-title = <b>Verificação de elegibilidade</b> · pergunta { $step }{ $total ->
        [0] {""}
       *[other] {" "}de { $total }
    }
bot-check-status = Qual é o status da sua empresa no programa hoje?
bot-check-amount =
    Quanto você vendeu { $months ->
        [one] no último mês
       *[other] nos últimos { $months } meses
    }?

    Conte o que você pagou na loja pelas compras dos clientes, já com o seu desconto; não inclua compras para a sua própria empresa ou para uma empresa coligada. Envie um número, como <code>{ $example }</code>.
bot-check-part = E quanto disso desde que você se tornou { $status }, ou desde a sua última revisão anual, se já teve uma? Envie um número ou toque num botão.
bot-check-count = Para quantos clientes diferentes você vendeu? Envie um número, como <code>{ $example }</code>.
bot-check-ask-course = Você já concluiu o { $course }?
bot-check-ask-endorsement-website = Você divulga os produtos no seu site?
bot-check-ask-endorsement-social = Você divulga os produtos nas suas redes sociais?
bot-check-ask-first-line-support = Você dá suporte de primeiro nível aos seus clientes por e-mail e telefone?
bot-check-ask-case-study = Você já enviou um estudo de caso de um projeto recente?
bot-check-ask-marketing-plan = Você já enviou um plano de marketing de médio prazo?
bot-check-ask-product-presentation = Você já fez uma apresentação do produto (um webinar ou uma gravação)?
bot-check-ask-nfr-cloud = Você já solicitou a sua assinatura NFR na nuvem?
bot-check-not-a-number = Envie um número, como <code>{ $example }</code> (ou 0), por favor. Para parar a verificação, toque em Cancelar.
bot-check-ambiguous = “{ $typed }” pode ser lido de duas formas: você quis dizer <code>{ $grouped }</code> ou <code>{ $decimal }</code>? Envie o valor que você quis dizer, por favor.
bot-check-cancelled = Verificação cancelada. Envie /check para começar de novo.
# plain
bot-check-expired = Este botão expirou: aquela verificação terminou ou recomeçou. Envie /check para começar uma nova.
# plain
bot-check-rules-changed = As regras do programa mudaram desde que você começou. Envie /check para começar de novo.
bot-check-in-group = Vamos fazer a verificação num chat privado, para que as suas respostas fiquem só entre nós.
bot-check-result-title = <b>A sua verificação de elegibilidade</b> como parceiro { $status }
bot-check-qualifies = 🎉 Você tem direito ao <b>{ $next }</b>: todos os requisitos estão cumpridos. Peça a mudança de status no Painel do Parceiro.
bot-check-discount = O seu desconto: <b>{ PERCENT($percent) }</b>
bot-check-answers-note = Com base nas suas respostas de hoje; o seu gerente de parceiros confirma os números reais.

## /check for someone not a partner yet
bot-prospect-title = <b>Como se tornar parceiro</b>
# $range: whether the review takes from $reviewMin to $reviewMax days (false when both are the same).
bot-prospect-steps =
    1. Envie o formulário de inscrição no site de parceiros. O fabricante analisa a inscrição em { $range ->
        [true] { $reviewMin } a { $reviewMax }
       *[false] { $reviewMax }
    } { $reviewMax ->
        [one] dia útil
       *[other] dias úteis
    } e envia por e-mail as instruções para concluir o cadastro.
    2. Informe os dados jurídicos e os documentos da sua empresa no Painel do Parceiro. A verificação leva até { $verificationMax ->
        [one] { $verificationMax } dia útil
       *[other] { $verificationMax } dias úteis
    }.
    3. Depois da aprovação, você começa como <b>{ $lowest }</b>, o primeiro status.
bot-prospect-probation = <b>Para manter o { $status }</b>, em até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } após a aprovação:
bot-prospect-maintain = <b>Para manter o { $status }</b>, a cada revisão anual:
bot-prospect-gives = <b>O que o { $status } oferece</b>
bot-prospect-discount = { PERCENT($percent) } de desconto na loja
bot-prospect-once = { $what }, depois de: { $items }
bot-prospect-docs =
    Como se inscrever: { $apply }
    Tudo sobre os status: { $status }

## /status: where a linked partner stands
bot-standing-headline = <b>{ $status }</b> desde { DAY($since) } · { PERCENT($discount) } de desconto
# $missing: bot-standing-cancelled-missing, or nothing.
bot-standing-cancelled = ⛔ <b>{ $status } cancelado</b>: os requisitos não foram cumpridos até { DAY($date) }{ $missing }. A sua participação no programa terminou, e os benefícios também.
bot-standing-cancelled-missing = {" "}(faltou: { $items })
# $reason: bot-standing-moved-down-reason, or nothing.
bot-standing-moved-down = Desceu do { $from } para o { $to } na revisão anual de { DAY($date) }{ $reason }.
bot-standing-moved-down-reason = : a meta anual não foi atingida ({ $figures })
bot-standing-missed-figure = { MONEY($current) } de { MONEY($target) } em vendas
bot-standing-keep-probation = <b>Para manter o { $status }</b> até { DAY($date) } ({ $days })
bot-standing-keep-review = <b>Para manter o { $status }</b> na revisão anual de { DAY($date) } ({ $days })
bot-standing-keep-at-review = <b>Para manter o { $status }</b> a cada revisão anual
bot-standing-keep-within = <b>Para manter o { $status }</b> em até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } após a aprovação
bot-standing-all-met = ✅ Tudo cumprido.
bot-standing-next = <b>Para subir para o { $status }</b> · { $met } de { $total } cumpridos
bot-standing-next-again = <b>Para voltar ao { $status }</b> · { $met } de { $total } cumpridos
bot-standing-qualifies = 🎉 Todos os requisitos do <b>{ $status }</b> estão cumpridos: peça a mudança de status no Painel do Parceiro.
bot-standing-qualifies-again = 🎉 Você cumpre de novo todos os requisitos de entrada do <b>{ $status }</b> e pode voltar a ele: peça a mudança no Painel do Parceiro.
bot-standing-top = O { $status } é o status mais alto. 🏆
bot-standing-benefits = <b>Os seus benefícios</b>
bot-standing-benefit = • { $benefit }
bot-standing-benefit-pending = ◦ { $benefit } (falta: { $missing })
bot-standing-progress = <code>{ $bar }</code> { PERCENT($percent) } · { $current } de { $target }
bot-standing-missing = <i>Falta: { $text }</i>
bot-standing-sales-title = <b>As suas vendas que contam</b> (o que você pagou; sem compras próprias ou de empresas coligadas)
# $met: bot-standing-sales-met or nothing; $excluded: bot-standing-sales-excluded or nothing.
bot-standing-sales-keep = • <b>{ MONEY($amount) }</b> desde { DAY($from) }: contam para manter o { $status } na revisão de { DAY($date) }, que exige { MONEY($target) }{ $met }{ $excluded }
# $as: bot-standing-sales-as or nothing; $months: bot-standing-sales-months or nothing.
bot-standing-sales-next = • <b>{ MONEY($amount) }</b>{ $as }{ $months } (desde { DAY($from) }): contam para chegar ao { $status }, que exige { MONEY($target) }{ $met }{ $excluded }
bot-standing-sales-as = {" "}como parceiro { $status }
bot-standing-sales-months = {" "}{ $months ->
        [one] no último mês
       *[other] nos últimos { $months } meses
    }
bot-standing-sales-met = {" "}✅
bot-standing-sales-excluded = {" "}({ MONEY($amount) } em compras próprias ou de coligadas não contam)
bot-standing-next-steps-title = <b>O que você pode fazer agora</b>
bot-standing-next-step = • { $text }
bot-standing-next-steps-docs = O que o cancelamento significa: { $docs }
bot-standing-next-deadline = Próximo prazo: <b>{ $name }</b> em { DAY($date) } ({ $days }). Todas as datas: /deadlines

## /deadlines
bot-deadlines-title = <b>Próximos prazos de { $partner }</b>
bot-deadlines-none = Nenhum prazo pela frente para <b>{ $partner }</b> 🎉
bot-deadlines-cancelled = Não há mais prazos para <b>{ $partner }</b>: o status { $status } foi cancelado porque os requisitos não foram cumpridos até { DAY($date) }.
# How far away a day is (plain): $days is 0 for today.
bot-days = { $days ->
        [0] hoje
        [1] amanhã
       *[other] daqui a { $days } dias
    }
bot-deadlines-day = 📅 <b>{ DAY($date) }</b> · { $days }
bot-deadlines-day-done = 📅 <b>{ DAY($date) }</b> · { $days } · ✅ feito
bot-deadlines-what = <b>{ $name }</b>: { $subject }
bot-deadlines-todo = O que fazer: { $todo }
bot-deadlines-if-missed = Se o prazo passar: { $consequence }
bot-deadlines-on-that-day = Nesse dia: { $consequence }
bot-deadlines-more = Saiba mais: { $docs }

## Advice: what a partner can do that the program data cannot show as done
bot-advice-line = 💡 Dica: { $items }
bot-advice-use-bonus = se você ainda não usou todo o bônus, use-o em pedidos para clientes novos
# $eligible: whether the partner meets what the kickstart bonus asks for.
bot-advice-apply-for-bonus = { $eligible ->
        [true] você cumpre o que ele exige: se ainda não pediu, peça o bônus
       *[false] quando isso estiver feito, peça o bônus
    }
bot-advice-contact-partner-department = Fale com o departamento de parceiros da { $vendor } sobre a sua participação.
bot-advice-apply-again = Ou envie uma nova inscrição para voltar ao programa: { $docs }

## Deadline reminders
bot-reminder-title = ⏰ <b>{ $name }</b> · { $days }
bot-reminder-subject = { $subject } ({ $partner })
bot-reminder-subject-many = { $count } × { $name } ({ $partner })
# The deadline's day, worded for its kind: an expiry is not something that is due.
bot-reminder-day-due = 📅 Prazo: <b>{ DAY($date) }</b>
bot-reminder-day-expires = ⌛ Vence em <b>{ DAY($date) }</b>
bot-reminder-day-suspension = 📅 Suspensão possível a partir de <b>{ DAY($date) }</b>
bot-reminder-missing = Ainda falta: { $items }
bot-reminder-item = • { $subject }
bot-reminder-item-missing = • { $subject }: { $missing }
bot-reminder-more-items = … e mais { $count }
bot-reminder-consequence = Se o prazo passar: { $text }
# What happens on the day, when there is nothing to do about it.
bot-reminder-fact = Nesse dia: { $text }
bot-reminder-docs = 📖 { $link }
bot-reminder-stop-kind = 🔕 Parar estes lembretes
bot-reminder-start-kind = 🔔 Ligar de novo
bot-reminder-settings = ⚙️ Todos os lembretes
# plain
bot-reminder-stopped = Os lembretes de { $name } estão desligados. Envie /reminders para ligá-los de novo.
# plain
bot-reminder-started = Os lembretes de { $name } estão ligados de novo.
# A reminder button pressed by someone linked to no partner (plain).
bot-reminder-none-to-change = Você não tem lembretes para { $on ->
        [true] ligar
       *[false] desligar
    }: só envio lembretes para a equipe de um parceiro.
# plain
bot-reminder-all-stopped = Todos os lembretes estão desligados.
# plain
bot-reminder-all-started = Todos os lembretes estão ligados.
bot-reminders-title = <b>Lembretes de prazos de { $partner }</b>
# $exceptions: the kinds with their own days, or nothing.
bot-reminders-when = Eu os envio às { $hour } ({ $zone }), { $offsets } antes de cada prazo ainda não cumprido{ $exceptions }.
bot-reminders-exceptions = {" "}({ $items })
# How many days before (plain): $days lists them ("30, 7 e 1"); $count is the number the unit
# agrees with (the only one, or how many there are).
bot-reminders-offsets = { $days } { $count ->
        [one] dia
       *[other] dias
    }
bot-reminders-exception = { $name }: { $offsets }
bot-reminders-coming-title = <b>Próximos lembretes</b>
bot-reminders-coming = • { DAY($date) }, { $time }: { $name } (prazo em { DAY($deadline) }){ $off }
bot-reminders-coming-outcome = • { DAY($date) }, { $time }: { $name } <code>{ $reference }</code>{ $off }
bot-reminders-coming-off = {" "}· 🔕 desligado
bot-reminders-more = … e mais { $count }
bot-reminders-nothing = Nada pela frente: nenhum prazo não cumprido está perto o bastante para um lembrete.
bot-reminders-all-off = 🔕 Todos os lembretes estão desligados.
bot-reminders-some-off = 🔕 Desligados: { $names }
bot-reminders-tap = Toque num tipo para desligar os lembretes dele (🔔 → 🔕) ou para ligá-los de novo.
bot-reminders-kind-on = 🔔 { $name }
bot-reminders-kind-off = 🔕 { $name }
bot-reminders-all-off-button = 🔕 Desligar todos
bot-reminders-all-on-button = 🔔 Ligar todos
# /reminders status, for admins. $waiting: bot-reminders-status-waiting or nothing.
bot-reminders-status =
    <b>Lembretes</b> · { $mode }
    Para enviar agora: { $due }{ $waiting }
    Para depois: { $upcoming } · enviando: { $sending }
    Enviados: { $sent } · com falha: { $failed } · inalcançáveis: { $unreachable }
    Expirados: { $expired } · cancelados: { $cancelled } · pulados: { $skipped }
bot-reminders-status-waiting = {" "}(e { $count } aguardando usuários que não abriram o bot ou o bloquearam)
bot-reminders-status-on = ligados, às { $hour } no horário local, até { $perSecond } mensagens por segundo
bot-reminders-status-off = desligados (REMINDERS=off)
bot-reminders-failures-title = <b>Últimas falhas</b>
bot-reminders-failure = • { $at } · usuário { $userId } · { $name }: { $reason }

## Implementation requests
# A new request, as every offered partner's team reads it: never the contact details.
bot-leads-offer-head =
    📥 <b>Nova solicitação de implementação</b> · <code>{ $reference }</code>
    🧩 { $kind }
    📍 { $city }, { $country } · 🗣 { $language }
bot-leads-offer-addressed = ⭐ O cliente pediu a sua empresa em primeiro lugar.
# $taken: bot-leads-offer-taken or nothing.
bot-leads-offer-reserve = Reserve para receber os dados de contato do cliente. Até { $max ->
        [one] { $max } parceiro pode reservar
       *[other] { $max } parceiros podem reservar
    }{ $taken }. Aberta até { DAY($until) }.
bot-leads-offer-taken = ; { $taken ->
        [0] nenhum reservou ainda
        [one] { $taken } já reservou
       *[other] { $taken } já reservaram
    }
bot-leads-reserve-button = ✋ Reservar
bot-leads-reserve-ref-button = ✋ Reservar { $reference }
bot-leads-won-button = 🏆 Ganho
bot-leads-lost-button = ✖ Perdido
bot-leads-won-ref-button = 🏆 Ganho { $reference }
bot-leads-lost-ref-button = ✖ Perdido { $reference }
bot-leads-list-button = 📋 Minhas solicitações
# The contact details, for a partner that reserved the request.
bot-leads-reserved-already = 📇 <b>{ $partner } reservou <code>{ $reference }</code></b> ({ $position }º de no máximo { $max }).
bot-leads-reserved = ✅ <b>Reservada para { $partner }: <code>{ $reference }</code></b>. Você é o { $position }º de no máximo { $max }.
bot-leads-contact-name = 👤 <b>{ $name }</b>, { $company }
bot-leads-contact-email = ✉️ { $email }
bot-leads-contact-phone = 📞 { $phone }
bot-leads-contact-request = 🧩 { $kind } · 📍 { $city }, { $country } · 🗣 { $language }
bot-leads-description = <i>{ $description }</i>
bot-leads-erased-details = Os dados de contato do cliente de <code>{ $reference }</code> foram apagados em { DAY($date) }, como exigem as regras de privacidade do programa.
# Section 5.1 of the rules, sent with the contact details.
bot-leads-fair-use = <b>Uso correto destes dados.</b> Use-os para responder a este cliente sobre esta solicitação e respeite a escolha dele. Nunca os use para e-mails em massa, SMS em massa ou qualquer outra mensagem indesejada, nem para oferecer produtos concorrentes dos do fabricante, e nunca os repasse a ninguém. O fabricante pode perguntar ao cliente sobre o seu atendimento. Práticas desleais podem custar o seu status ou o seu acesso às solicitações. { $docs }
bot-leads-tell-outcome = Quando souber como foi, me conte pelos botões abaixo: é isso que define a sua avaliação.
# Answers to a Reserve button (plain: they show as a notice).
bot-leads-taken = Esta solicitação já foi reservada: { $max ->
        [one] { $max } parceiro já a reservou.
       *[other] { $max } parceiros já a reservaram.
    }
bot-leads-closed-withdrawn = O cliente retirou esta solicitação.
bot-leads-closed-chosen = O cliente já escolheu um parceiro: esta solicitação está encerrada.
bot-leads-closed-expired = Esta solicitação está encerrada: o prazo para reservá-la acabou.
bot-leads-closed-erased = Esta solicitação está encerrada: o cliente apagou os dados de contato.
bot-leads-limit = Você tem { $count ->
        [one] { $count } solicitação reservada
       *[other] { $count } solicitações reservadas
    } aguardando resultado, o máximo que uma avaliação de { PERCENT($rating) } libera. Conte como foi uma delas (/leads) e depois reserve esta.
bot-leads-unknown = Esta solicitação não existe mais.
bot-leads-not-for-you = Esta solicitação não é mais para { $partner }: o status, as localidades ou os serviços mudaram.
bot-leads-no-access-short = { $partner } não tem acesso às solicitações de implementação agora: /leads explica por quê.
# $needs: bot-leads-no-access-needs or nothing.
bot-leads-no-access = { $partner } não tem acesso às solicitações de implementação agora{ $needs }. As solicitações vão para os parceiros cujo status dá acesso a elas.
bot-leads-no-access-needs = {" "}(falta: { $items })
# The rating, and what moves it. $next: bot-leads-rating-next or nothing.
bot-leads-rating =
    ⭐ <b>A sua avaliação: { PERCENT($percent) }</b> · { $won } ganhos, { $lost } perdidos { $months ->
        [one] no último mês
       *[other] nos últimos { $months } meses
    }
    Ela libera { $unlocked ->
        [0] nenhuma solicitação reservada
        [one] { $unlocked } solicitação reservada
       *[other] { $unlocked } solicitações reservadas
    } ao mesmo tempo; { $inProgress } aguardando resultado agora.{ $next }
    <i>O que a faz mudar: cada Ganho a aumenta e cada Perdido a diminui; resultados com mais de { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } deixam de contar. Todo mundo começa com { PERCENT($neutral) }, como se já tivesse { $weight ->
        [one] { $weight } resultado
       *[other] { $weight } resultados
    } nessa taxa. Os parceiros mais bem avaliados recebem as novas solicitações primeiro.</i>
bot-leads-rating-next = {" "}Com { PERCENT($percent) }, ela libera { $unlocked }.
bot-leads-rating-same = A sua avaliação continua em <b>{ PERCENT($after) }</b>.
bot-leads-rating-change = A sua avaliação: { PERCENT($before) } → <b>{ PERCENT($after) }</b>.
bot-leads-outcome-won = 🏆 <code>{ $reference }</code> marcada como <b>Ganho</b>.
bot-leads-outcome-lost = ✖ <code>{ $reference }</code> marcada como <b>Perdido</b>.
# plain
bot-leads-outcome-same = Ela já está marcada como { $won ->
        [true] Ganho
       *[false] Perdido
    }.
# plain
bot-leads-not-reserved = A sua empresa não reservou esta solicitação.
bot-leads-list-title = <b>Solicitações de implementação de { $partner }</b>
bot-leads-open-title = <b>Solicitações abertas que você pode reservar</b> ({ $count })
bot-leads-open-item = • <code>{ $reference }</code> · { $kind } · { $city }, { $country } · 🗣 { $language } · { $taken } de { $max } reservadas · até { DAY($until) }{ $addressed }
bot-leads-open-item-addressed = {" "}· ⭐ pediram você
bot-leads-none-open = Nenhuma solicitação aberta para você agora. As novas chegam aqui assim que um cliente envia uma.
bot-leads-more = … e mais { $count }
bot-leads-waiting-title = <b>Reservadas, aguardando resultado</b>
bot-leads-waiting-item = • <code>{ $reference }</code> · { $kind } · { $city }, { $country } · reservada em { DAY($reservedOn) }
bot-leads-waiting-contact = {"  "}{ $contact }
bot-leads-waiting-erased = {"  "}<i>dados de contato apagados em { DAY($date) }</i>
bot-leads-decided-title = <b>Resultados recentes</b>
bot-leads-decided-won = • <code>{ $reference }</code> · { $kind } · 🏆 Ganho em { DAY($on) }
bot-leads-decided-lost = • <code>{ $reference }</code> · { $kind } · ✖ Perdido em { DAY($on) }
bot-leads-contact-line = { $name }, { $company } · { $email }
bot-leads-contact-line-phone = { $name }, { $company } · { $email } · { $phone }
bot-leads-tap-to-reserve = Toque numa solicitação para reservá-la; toque em Ganho ou Perdido quando souber como foi.
# The outcome reminder.
bot-leads-outcome-question =
    ⏰ <b>Como foi <code>{ $reference }</code>?</b>
    { $partner } reservou em { DAY($reservedOn) }: { $kind }, { $city }, { $country }.
    Me conte o resultado: ele define a sua avaliação, e cada resultado informado libera uma vaga para uma nova solicitação.
# The name of the outcome reminders in /reminders (plain).
bot-leads-outcome-kind = Resultado de uma solicitação reservada
bot-leads-outcome-when = { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } depois de você reservar uma
# /leads stats, for admins.
bot-leads-stats-title = <b>Solicitações de implementação</b>
bot-leads-stats-total =
    Solicitações: { $requests } ({ $waiting } aguardando envio, { $withdrawn } retiradas)
    Enviadas a pelo menos um parceiro: { $offered } · reservadas: { $reserved } · parceiros por solicitação: { $perRequest }
    Taxa de ganho dos resultados informados: { $winRate }
bot-leads-stats-by-country = <b>Por país</b>
bot-leads-stats-by-kind = <b>Por tipo</b>
bot-leads-stats-row = • { $name }: { $requests } · { $reserved } reservadas · taxa de ganho { $winRate }
bot-leads-stats-none = Nenhuma solicitação ainda.
bot-leads-no-rate = —

## /find
bot-find-ask-country =
    🔎 <b>Encontrar um parceiro</b>

    Os parceiros do diretório atuam em { $count ->
        [one] { $count } país
       *[other] { $count } países
    }. Qual você procura?
bot-find-type-country = Não está na lista? Envie /find e o nome do país, como <code>/find Brasil</code>.
bot-find-not-understood = Não entendi “{ $words }”, então deixei de fora.
bot-find-extra = Busco um país e um serviço por vez, então deixei de fora “{ $words }”.
bot-find-accepts = O /find aceita um país (o nome ou o código de duas letras, como <code>BR</code>) e um serviço (como <code>telefonia</code>): <code>/find brasil telefonia</code>.
bot-find-pick-country = Escolha um país abaixo:
bot-find-none-in = Ainda não há parceiro do diretório neste país: <b>{ $country }</b>. Escolha um país abaixo:
# Words a /find query may hold besides a country and a service, skipped without comment (plain, lowercase, separated by spaces).
# With and without accents: the query is compared as typed, in lowercase.
bot-find-filler-words = um uma uns umas o a os as em no na nos nas de do da dos das perto para pra com e ou me mim quem que pode podem possa encontrar encontre achar ache buscar busque procurar procuro procurando mostrar mostre listar liste lista parceiro parceiros parceira parceiras empresa empresas oferece oferecem oferecendo serviço serviços servico servicos algum alguma alguns algumas qualquer por favor eu preciso precisamos quero queremos gostaria fala falam fale falem
bot-find-ask-service = { $count ->
        [one] { $count } parceiro do diretório
       *[other] { $count } parceiros do diretório
    } · <b>{ $country }</b>. De que serviço você precisa?
bot-find-city-in-country = { $city }, { $country }
bot-find-none-in-city = Ainda não há parceiro do diretório em <b>{ $city }</b>; estes estão em outras partes de { $country }:
bot-find-none-in-city-service = Ainda nenhum parceiro do diretório em <b>{ $city }</b> oferece { $service }; estes de outras partes de { $country } oferecem:
# Phrases that make a message a request to find partners ("find me a partner in Madrid"), comma-separated, in lowercase without accents.
bot-find-intent-phrases = encontrar, encontre, procuro, procurar, procurando, buscar, busco, buscando, recomenda, recomendar, recomende, indica, indicar, indique, tem algum parceiro, tem parceiro, existe algum parceiro, existe parceiro, ha parceiros, preciso de um parceiro, precisamos de um parceiro, quem pode me ajudar, quem pode nos ajudar, voces tem parceiros, voces tem algum parceiro, tem parceiros, preciso de alguem, precisamos de alguem, procuro alguem, procuramos alguem
bot-find-partner-words = parceiro parceiros parceira integrador integradores consultor consultores consultoria revendedor revendedores alguem
bot-find-results-speaking = fala { $language }
bot-find-results = <b>Parceiros</b>
bot-find-results-in = <b>Parceiros · { $country }</b>
bot-find-results-service = <b>Parceiros</b> · { $service }
bot-find-results-in-service = <b>Parceiros · { $country }</b> · { $service }
bot-find-none-speaking = Ainda nenhum parceiro do diretório fala { $language }.
bot-find-none-in-speaking = Ainda nenhum parceiro do diretório em <b>{ $country }</b> fala { $language }.
bot-find-none = Ainda não há parceiro do diretório que ofereça isso.
bot-find-none-in-country = Ainda não há parceiro do diretório neste país: <b>{ $country }</b>.
bot-find-none-service = Ainda não há parceiro do diretório que ofereça { $service }.
bot-find-none-in-service = Ainda não há parceiro do diretório que ofereça { $service } neste país: <b>{ $country }</b>.
bot-find-featured = ★
bot-find-speaks = Atende em { $languages }
bot-find-directory = O diretório completo: { $link }

## A personal question from someone the bot cannot answer it for
bot-private-not-linked = Posso responder a isso sobre o seu parceiro assim que a sua conta do Telegram estiver vinculada a ele: peça ao seu gerente de parceiros que adicione o seu ID de usuário do Telegram, <code>{ $userId }</code>, ao arquivo de parceiro da sua empresa (a lista <code>program.telegram</code>). Enquanto isso, /check mostra em que pé uma empresa está.
bot-private-general = <i>Em geral:</i>

## Answers to questions
bot-answer-yes = Sim.
bot-answer-no = Não.
bot-answer-source = 📖 { $link }
bot-answer-unsure = <i>Não era bem isso que você perguntou? Veja { $docs }.</i>
bot-answer-unsure-sections = <i>Não tenho certeza de que era isso que você perguntou. Estas são as seções mais próximas:</i>
# Nothing answers the question, but some sections come near.
bot-answer-unknown-nearest = 🤷 Isso eu não sei, e prefiro não chutar. Dê uma olhada em { $docs }; estas são as seções mais próximas:
bot-answer-unknown =
    🤷 Isso eu não sei, e prefiro não chutar.

    Dê uma olhada em { $docs }, ou experimente /tiers, /check ou /find.
bot-answer-topic = Aqui está onde a documentação fala de “{ $text }”:
bot-answer-or-try = Ou experimente /tiers, /check ou /find.
bot-answer-language-unread = <i>Ainda não consigo ler perguntas no seu idioma, só em inglês: pergunte em inglês que eu entendo.</i>
bot-answer-empty = Pergunte o que quiser sobre o programa, do seu jeito, como “Por quanto tempo vale a assinatura NFR?”, ou envie /help.
bot-answer-too-long = Que mensagem longa! Faça uma pergunta curta de cada vez, por favor.
bot-answer-docs-home = a documentação do programa

## Admins
bot-admin-not-admin = Esse comando é para os administradores do bot.
# An admin command sent by an admin in a group.
bot-admin-private-only = Os comandos de administração só funcionam num chat privado comigo, para que os números fiquem entre nós.
bot-admin-reloaded = ✅ Conteúdo recarregado: { $partners ->
        [one] { $partners } parceiro
       *[other] { $partners } parceiros
    }, { $pages ->
        [one] { $pages } página de documentação
       *[other] { $pages } páginas de documentação
    }, regras versão { $version }.
bot-admin-failed = ⚠️ O conteúdo tem { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }, então mantive o conteúdo carregado em { $keptAt }:
bot-admin-more-problems = … e mais { $count } (rode npm run check)
bot-admin-warnings = Ele tem { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    } (o conteúdo é válido assim; vale dar uma olhada):
bot-admin-stats =
    <b>Estatísticas do bot</b>
    Usuários: { $users } ({ $active } ativos nos últimos 7 dias, { $blocked } bloquearam o bot)
    Membros de equipe vinculados nos arquivos de parceiro: { $linked }
    Atendidos: { $counters }
    Conteúdo: { $partners ->
        [one] { $partners } parceiro
       *[other] { $partners } parceiros
    }, { $pages ->
        [one] { $pages } página de documentação
       *[other] { $pages } páginas de documentação
    }, regras { $version }, carregado em { $loadedAt }
    { $reload }
bot-admin-stats-nothing = nada ainda
bot-admin-stats-reload-fine = Último recarregamento: tudo certo
bot-admin-stats-reload-failed = ⚠️ O último recarregamento falhou com { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }; envie /reload para vê-los

## When something goes wrong
# $command: the user's, already cut short.
bot-error-unknown-command = Não conheço “{ $command }”. Envie /help para ver o que eu sei fazer.
bot-error-not-text = Só consigo ler mensagens de texto. Faça uma pergunta ou envie /help.
bot-error-edited = Só leio mensagens novas. Envie a sua pergunta de novo, por favor.
# plain
bot-error-expired-button = Este botão expirou. Envie /help para começar de novo.
bot-error-rate-limited = Você está mandando mensagens mais rápido do que consigo responder. Espere um minuto e tente de novo, por favor. 🙏
# plain
bot-error-rate-limited-short = Muitas mensagens: espere um minuto, por favor.
bot-error-failed = 😕 Algo deu errado do meu lado. Tente de novo daqui a um minuto; se continuar acontecendo, envie /help ou fale com o departamento de parceiros.

## The program's facts (content/src/facts/), one message per kind: the figure or rule first.
## Lists of statuses, requirements and so on arrive written as the language lists them.
bot-fact-item = • { $item }
# A discount's condition, after its percentage: $items are what it asks.
bot-fact-tier-once = {" "}depois de concluído o { $items }
bot-fact-tier-once-none-before = {" "}depois de concluído o { $items } (nenhum antes)
bot-fact-tier-once-before = {" "}depois de concluído o { $items } ({ PERCENT($before) } antes)
bot-fact-status-discount = Os parceiros { $status } têm <b>{ PERCENT($percent) }</b> de desconto na loja{ $when }.
bot-fact-discounts = Descontos na loja, por status:
bot-fact-discounts-item = • { $status }: { PERCENT($percent) }{ $when }
bot-fact-status-entry = Para subir para o <b>{ $status }</b>, um parceiro { $below } precisa de:
bot-fact-status-entry-sales = Para chegar ao { $status }: <b>{ MONEY($amount) }</b> em vendas contabilizadas{ $as } { $months ->
        [one] no último mês
       *[other] nos últimos { $months } meses
    }.
bot-fact-status-entry-sales-as = {" "}feitas como parceiro { $below }
bot-fact-status-entry-clients = O { $status } exige vendas para pelo menos <b>{ $count }</b> clientes diferentes.
bot-fact-status-entry-since = Só contam para o { $status } as vendas feitas enquanto você é { $below } ({ $months ->
        [one] no último mês
       *[other] nos últimos { $months } meses
    }); as vendas de antes de você se tornar { $below } não contam.
bot-fact-status-probation = Em até <b>{ $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }</b> após a aprovação, um parceiro { $status } precisa fazer as duas coisas:
bot-fact-status-probation-end = Se faltar qualquer uma delas nesse momento, o status { $status } e a participação no programa são cancelados.
bot-fact-status-probation-missed = O status { $status } e a sua participação no programa são <b>cancelados</b> se, { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } após a aprovação, faltar qualquer um destes itens: { $items }.
bot-fact-status-annual-target = Para manter o { $status }: <b>{ MONEY($amount) }</b> em vendas a cada ano de revisão (os { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } seguintes à concessão ou à última confirmação do status).
bot-fact-targets = Metas de vendas:
bot-fact-targets-item = • { $status }: { $targets }
bot-fact-targets-entry = { MONEY($amount) } em { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } para chegar a ele
bot-fact-targets-annual = { MONEY($amount) } por ano para mantê-lo
bot-fact-status-target-missed = Um parceiro { $status } que não atinge a meta de <b>{ MONEY($amount) }</b> na revisão anual desce para o <b>{ $to }</b>.
bot-fact-status-target-met-with = Com { MONEY($sold) }, você atinge a meta de { MONEY($amount) } do { $status }: você <b>mantém o { $status }</b> por mais um ano.
bot-fact-status-target-missed-with = Com { MONEY($sold) }, você não atinge a meta de { MONEY($amount) } do { $status }: na revisão, você <b>desce para o { $to }</b>.
bot-fact-target-missed = Se você não atingir a meta anual de vendas, <b>desce um status</b> na revisão: { $moves }. Atingir a meta mantém o seu status por mais um ano.
bot-fact-move = do { $from } para o { $to }
bot-fact-status-benefits = Os parceiros <b>{ $status }</b> recebem:
bot-fact-status-benefits-discount = { PERCENT($percent) } de desconto na loja{ $when }
bot-fact-benefit-once = { $benefit } (depois de concluído: { $items })
bot-fact-status-nfr = Os parceiros { $status } recebem <b>{ $cloud ->
        [0] nenhuma assinatura NFR na nuvem
        [one] { $cloud } assinatura NFR na nuvem
       *[other] { $cloud } assinaturas NFR na nuvem
    }</b> e <b>{ $keys ->
        [0] nenhuma chave NFR on-premise
        [one] { $keys } chave NFR on-premise
       *[other] { $keys } chaves NFR on-premise
    }</b>.
bot-fact-nfr-counts = Cópias NFR gratuitas, por status:
bot-fact-nfr-counts-item = • { $status }: { $cloud ->
        [0] nenhuma assinatura na nuvem
        [one] { $cloud } assinatura na nuvem
       *[other] { $cloud } assinaturas na nuvem
    }, { $keys ->
        [0] nenhuma chave on-premise
        [one] { $keys } chave on-premise
       *[other] { $keys } chaves on-premise
    }
bot-fact-statuses-list = Há { $count } status, do mais baixo ao mais alto: <b>{ $statuses }</b>.
bot-fact-statuses-compare = Como os status se comparam, do mais baixo ao mais alto:
bot-fact-statuses-compare-item = • <b>{ $status }</b>: { $parts }
bot-fact-statuses-compare-discount = { PERCENT($percent) } de desconto{ $when }
bot-fact-statuses-compare-start = onde todo parceiro começa
bot-fact-statuses-compare-no-target = sem meta anual de vendas
bot-fact-statuses-compare-nfr = NFR: { $cloud ->
        [0] nenhuma assinatura na nuvem
        [one] { $cloud } assinatura na nuvem
       *[other] { $cloud } assinaturas na nuvem
    }, { $keys ->
        [0] nenhuma chave on-premise
        [one] { $keys } chave on-premise
       *[other] { $keys } chaves on-premise
    }
bot-fact-statuses-compare-listed = aparece no diretório de parceiros
bot-fact-statuses-compare-unlisted = não aparece no diretório
bot-fact-status-highest = O <b>{ $status }</b> é o status mais alto.
bot-fact-status-lowest = Todo parceiro começa no <b>{ $status }</b>, no momento em que a inscrição é aprovada.
bot-fact-status-courses = O { $status } exige <b>{ $courses }</b>.
bot-fact-course = <b>{ $course }</b>: { $summary }{ $required }
bot-fact-course-required = {" "}Obrigatório para { $statuses }.
bot-fact-who-requires = { $requirement }: obrigatório para <b>{ $statuses }</b>{ $others }.
bot-fact-who-requires-others = , não para { $others }
bot-fact-who-benefit = { $benefit }: para os parceiros <b>{ $statuses }</b>{ $others }.
bot-fact-who-benefit-others = , não para { $others }
bot-fact-listed = Os parceiros <b>{ $statuses }</b> aparecem no diretório público de parceiros{ $featured }; os parceiros { $others } não aparecem.
bot-fact-listed-featured = {" "}(os { $statuses } em destaque, no topo)
# When every status is listed: "no other partners are not".
bot-fact-listed-no-other = de nenhum outro status
bot-fact-listing-fields = Para aparecer no diretório (parceiros { $statuses }), o perfil da sua empresa precisa ter: { $fields }.
bot-field-website = site
bot-field-email = e-mail
bot-field-phone = telefone
bot-field-address = endereço postal
bot-field-description = uma descrição curta
bot-field-services = os serviços que você oferece
bot-field-city = cidade
bot-field-languages = idiomas
bot-fact-leads-email = Os leads por e-mail vão para os parceiros <b>{ $statuses }</b>{ $others }.
bot-fact-leads-email-others = ; os parceiros { $others } recebem leads só pelo app de Solicitações de Implementação
bot-fact-leads-app = Leads pelo app de Solicitações de Implementação: { $statuses }.
bot-fact-leads-app-once = { $status } depois de concluído: { $items }
bot-fact-leads-locations = Até <b>{ $max } localidades</b>: o país onde a sua empresa está registrada e mais { $extra } à sua escolha.
bot-fact-leads-reservation-days = Uma solicitação pode ser reservada por <b>{ $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }</b> depois de enviada, a menos que o cliente a retire ou diga qual parceiro escolheu; depois disso ela não pode mais ser reservada.
bot-fact-leads-per-request = Até <b>{ $max } parceiros</b> podem reservar a mesma solicitação.
bot-fact-kickstart-amount = O bônus Kickstart é de <b>{ MONEY($amount) }</b>.
bot-fact-kickstart-eligible = Os parceiros que se inscreveram depois de <b>{ DAY($after) }</b> podem receber o bônus Kickstart.
bot-fact-kickstart-valid = O bônus Kickstart vale por <b>{ $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }</b> a partir da sua aceitação no programa; o que sobrar depois disso expira.
bot-fact-kickstart-requires = Para receber o bônus Kickstart ({ MONEY($amount) }), você precisa de:
bot-fact-award-amount = O bônus Award vai de <b>{ MONEY($min) } a { MONEY($max) }</b>; o fabricante escolhe os melhores parceiros uma vez por ano.
bot-fact-award-valid = O bônus Award pode ser usado até <b>31 de dezembro</b> do ano em que foi creditado, ou seja, até o fim daquele ano civil. O que não for usado até lá expira.
bot-fact-bonus-min-paid = O bônus sempre paga só uma parte do pedido: você mesmo paga pelo menos <b>{ MONEY($amount) }</b> por pedido, mesmo quando o seu bônus é maior.
bot-fact-bonus-can = Os bônus podem pagar: { $items }.
bot-fact-bonus-cannot = Eles não podem pagar: { $items }.
bot-fact-nfr-cloud-months = A assinatura NFR na nuvem vale por <b>{ $months ->
        [one] { $months } mês
       *[other] { $months } meses
    }</b> a partir da solicitação.
bot-fact-nfr-cloud-extend = Os parceiros <b>{ $statuses }</b> podem prorrogar a assinatura NFR na nuvem por { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } de cada vez{ $others }.
bot-fact-others-cannot = ; os parceiros { $others } não podem
bot-fact-nfr-cloud-limits = A assinatura NFR na nuvem funciona como o plano Professional, com estes limites:
bot-fact-nfr-limit-domain = { $allowed ->
        [true] nome de domínio próprio permitido
       *[false] sem nome de domínio próprio
    }
bot-fact-nfr-limit-storage = { NUMBER($gb) } GB de armazenamento
bot-fact-nfr-limit-scans = { NUMBER($count) } digitalizações de cartões de visita
bot-fact-nfr-limit-sites = até { NUMBER($count) } sites
bot-fact-nfr-limit-emails = até { NUMBER($count) } e-mails de marketing do CRM por mês
bot-fact-nfr-storage = A assinatura NFR na nuvem tem <b>{ NUMBER($gb) } GB</b> de armazenamento.
bot-fact-nfr-card-scans = A assinatura NFR na nuvem inclui <b>{ NUMBER($count) }</b> digitalizações de cartões de visita.
bot-fact-nfr-sites = A assinatura NFR na nuvem permite até <b>{ NUMBER($count) }</b> sites.
bot-fact-nfr-bulk-emails = A assinatura NFR na nuvem envia até <b>{ NUMBER($count) }</b> e-mails de marketing do CRM por mês.
bot-fact-nfr-custom-domain = A assinatura NFR na nuvem <b>{ $allowed ->
        [true] pode
       *[false] não pode
    }</b> usar um nome de domínio próprio.
bot-fact-nfr-cloud-end = Quando a assinatura NFR na nuvem termina, os parceiros { $statuses } podem prorrogá-la; para os parceiros { $others }, a conta volta para o <b>plano gratuito</b>. Se o seu status de parceiro for cancelado, você perde a assinatura NFR e a conta volta para o plano gratuito.
# The statuses that cannot extend it, when the rules name none.
bot-fact-nfr-cloud-end-other = de outros status
bot-fact-nfr-key-who = { $statuses } (edição { $edition }){ $others }.
bot-fact-nfr-key-who-status = Os parceiros { $status } recebem { $count ->
        [one] { $count } chave NFR on-premise gratuita
       *[other] { $count } chaves NFR on-premise gratuitas
    }
bot-fact-nfr-key-who-others = ; os parceiros { $others } não recebem nenhuma
bot-fact-nfr-key-edition = As chaves NFR on-premise são da edição <b>{ $edition }</b>.
bot-fact-nfr-key-months = Uma chave NFR on-premise vale por <b>{ $months ->
        [one] { $months } mês
       *[other] { $months } meses
    }</b>; os parceiros { $statuses } podem prorrogá-la por mais { $extension ->
        [one] { $extension } mês
       *[other] { $extension } meses
    }.
bot-fact-nfr-key-extend = Os parceiros <b>{ $statuses }</b> podem prorrogar uma chave NFR on-premise por mais { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    }{ $others }.
bot-fact-nfr-key-end = Quando uma chave NFR on-premise vence, ela deixa de funcionar, a menos que um parceiro { $statuses } peça a prorrogação.
bot-fact-activation-days = Todo produto que você compra precisa ser ativado e registrado no nome do seu cliente em até <b>{ $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }</b> após a compra.
bot-fact-activation-missed = Um produto que não for ativado e registrado em até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } após a compra <b>pode ser desativado</b> pelo fabricante.
bot-fact-review-months = Os status { $statuses } são revisados a cada <b>{ $months ->
        [one] { $months } mês
       *[other] { $months } meses
    }</b>, contados da concessão ou da última confirmação do status.
bot-fact-review-who = Só os status <b>{ $statuses }</b> são revisados a cada { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    }{ $others }.
bot-fact-review-who-others = ; o { $others } não tem revisão anual
bot-fact-zero-activity = Sem nenhuma atividade, uma conta de parceiro <b>pode ser suspensa</b> sem aviso prévio depois de { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } contados do cadastro.
# Business days: "2 a 5 dias úteis", or "5 dias úteis" when $min and $max are the same.
bot-fact-business-days = { $same ->
        [true] { $max ->
            [one] { $max } dia útil
           *[other] { $max } dias úteis
        }
       *[false] { $min } a { $max ->
            [one] { $max } dia útil
           *[other] { $max } dias úteis
        }
    }
bot-fact-application-review = O fabricante analisa uma inscrição em <b>{ $days }</b>.
bot-fact-verification = A verificação da empresa leva até <b>{ $days }</b>.
bot-fact-joining =
    1. Envie o formulário de inscrição no site de parceiros. O fabricante analisa a inscrição em { $review }.
    2. Informe os dados jurídicos e os documentos da sua empresa no Painel do Parceiro. A verificação leva até { $verification }.
    3. Depois da aprovação, você começa como <b>{ $lowest }</b>.
bot-fact-price-notice = O fabricante avisa com <b>{ $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }</b> de antecedência antes de mudar os produtos ou os preços.
bot-fact-penalty-block = O acesso ao perfil da sua empresa pode ser bloqueado por até <b>{ $months ->
        [one] { $months } mês
       *[other] { $months } meses
    }</b>; durante esse tempo, você não pode comprar com o seu desconto de parceiro.
bot-fact-sales-own-use = Compras para a sua própria empresa ou para uma empresa coligada <b>nunca contam</b> para as metas de vendas.
bot-fact-sales-currencies = Vendas em { $currencies } contam <b>um para um</b>.
bot-fact-sales-after-discount = As vendas contam pelo valor que você pagou, <b>já com</b> o seu desconto de parceiro.
bot-fact-sales-window = As vendas contam numa <b>janela móvel de { $months } meses</b>: ela termina no dia da verificação e começa no dia seguinte à mesma data { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } antes.

## Answers about the asker's own partner (content/src/understand/personal.ts): the figure or date first.
## $when is how far away the day is (bot-days).
bot-my-item = • { $item }
bot-my-missing-sales = vender mais { MONEY($amount) } para chegar a { $requirement }
bot-my-cancelled = ⛔ O seu status <b>{ $status }</b> foi cancelado: os requisitos não foram cumpridos até { DAY($date) }.
bot-my-discount = O seu desconto é de <b>{ PERCENT($percent) }</b>, como parceiro { $status }.{ $rises }
bot-my-discount-rises = {" "}Ele sobe para { PERCENT($percent) } quando o { $items } for concluído.
bot-my-status = Você é <b>{ $status }</b> desde { DAY($since) }.{ $moved }
bot-my-status-moved = {" "}Você desceu do { $from } na revisão anual de { DAY($date) }.
bot-my-benefits = Como parceiro <b>{ $status }</b>, você tem:
bot-my-benefit-pending = ◦ { $benefit } (falta: { $missing })
bot-my-sales-none = Como { $status }, você não tem nenhuma meta de vendas pela frente, então as suas vendas não contam para nenhuma.
bot-my-sales-title = <b>As suas vendas que contam</b> (o que você pagou; sem compras próprias ou de empresas coligadas):
bot-my-sales-item = • <b>{ MONEY($counted) }</b> de { DAY($from) } a { DAY($to) }{ $excluded }: { $toward }
bot-my-sales-excluded = {" "}({ MONEY($amount) } em compras próprias ou de coligadas não contam)
bot-my-sales-toward-keep = para manter o { $status } na revisão de { DAY($date) } (exige { MONEY($target) }{ $met })
bot-my-sales-toward-reach = para chegar ao { $status } (exige { MONEY($target) }{ $met })
bot-my-sales-met = {" "}✅
bot-my-keep-met = Você já cumpriu o que é preciso para manter o <b>{ $status }</b> { $kind ->
        [probation] até
       *[annual-review] na revisão de
    } <b>{ DAY($date) }</b> ({ $when }).
bot-my-keep-gap = Para manter o <b>{ $status }</b> na sua revisão anual de <b>{ DAY($date) }</b> ({ $when }), você ainda precisa de mais <b>{ MONEY($gap) }</b> em vendas.
bot-my-keep-missing = Para manter o <b>{ $status }</b> até <b>{ DAY($date) }</b> ({ $when }), ainda falta:
bot-my-also-missing = Também falta: { $items }
bot-my-keep-none = O { $status } não tem meta para manter: não há revisão anual, e os requisitos do primeiro período já ficaram para trás.
bot-my-next-qualifies = 🎉 Todos os requisitos do <b>{ $next }</b> estão cumpridos: peça a mudança de status no Painel do Parceiro.
bot-my-next = Para subir para o <b>{ $next }</b> ({ $met } de { $total } cumpridos), ainda falta:
bot-my-beyond = O <b>{ $target }</b> vem depois do <b>{ $next }</b>: os parceiros sobem um status de cada vez.
bot-my-beyond-not-yet = <b>Ainda não.</b> O <b>{ $target }</b> vem depois do <b>{ $next }</b>: os parceiros sobem um status de cada vez.
bot-my-beyond-then = Depois, como parceiro { $below }, para o <b>{ $target }</b> ({ $met } de { $total } já cumpridos), ainda faltará:
bot-my-beyond-then-met = Depois, como parceiro { $below }, você poderá pedir o <b>{ $target }</b>: tudo o mais que ele exige já está cumprido.
bot-my-top = Você é <b>{ $status }</b>, o status mais alto. 🏆
bot-my-done = Segundo os seus dados de parceiro, até hoje:
bot-my-done-item = { $met ->
    [yes] ✅ { $item }
   *[no] ⬜ { $item }: ainda não
}
bot-my-gap-keep = Para manter o { $status } na sua revisão de { DAY($date) }: mais <b>{ MONEY($gap) }</b> em vendas.
bot-my-gap-next = Para chegar ao { $status }: mais <b>{ MONEY($gap) }</b> em vendas contabilizadas.
bot-my-gap-none = Nada mais por enquanto: as suas metas de vendas estão cumpridas.
bot-my-review = A sua revisão anual é em <b>{ DAY($date) }</b> ({ $when }). { $state }
bot-my-review-met = A meta para manter o { $status } já foi atingida.
bot-my-review-gap = Você ainda precisa de mais { MONEY($gap) } em vendas para manter o { $status }.
bot-my-review-missing = Ainda faltam alguns requisitos para manter o { $status }.
bot-my-no-review = O { $status } não tem revisão anual.{ $cutoff }
bot-my-no-review-cutoff = {" "}Os seus requisitos do { $status } vencem em <b>{ DAY($date) }</b>.
bot-my-cutoff-met = Os seus requisitos do { $status } vencem em <b>{ DAY($date) }</b> ({ $when }), e todos estão cumpridos.
bot-my-cutoff = Os seus requisitos do { $status } vencem em <b>{ DAY($date) }</b> ({ $when }). Ainda falta:
bot-my-no-cutoff = Nenhum prazo de corte se aplica a você agora: como { $status }, os requisitos do primeiro período já ficaram para trás.
bot-my-expiry = { $subject }: termina em <b>{ DAY($date) }</b> ({ $when }){ $extendable ->
        [true] ; você pode pedir a prorrogação
        [false] ; o seu status não permite prorrogar
       *[unknown] {""}
    }.
bot-my-no-expiry-bonus = Você não tem nenhum bônus para vencer.
bot-my-no-expiry = Não há { $what ->
        [nfr-cloud] assinatura NFR na nuvem
       *[nfr-key] chave NFR on-premise
    } registrada para você{ $claim }.
bot-my-no-expiry-claim = ; como { $status }, você pode solicitar uma no Painel do Parceiro
bot-my-nfr-extend = Como parceiro { $status }, você pode prorrogar a sua assinatura NFR na nuvem por { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } de cada vez{ $ends }.
bot-my-nfr-extend-ends = ; agora ela termina em { DAY($date) }
bot-my-nfr-no-extend = Só os parceiros { $statuses } podem prorrogá-la; como { $status }, a conta volta para o plano gratuito quando ela terminar{ $ends }.
bot-my-nfr-no-extend-ends = {" "}em { DAY($date) }
bot-my-kickstart-none = O bônus Kickstart é só para parceiros que se inscreveram depois de { DAY($date) }, então ele não está disponível para você.
bot-my-kickstart-ended-credited = O seu bônus Kickstart podia ser usado até { DAY($date) }; o que sobrou expirou nessa data.
bot-my-kickstart-ended = O prazo para receber o bônus Kickstart terminou em { DAY($date) }.
bot-my-kickstart-credited = { $subject }: pode ser usado até <b>{ DAY($date) }</b> ({ $when }); o que sobrar depois disso expira. O saldo restante aparece na sua conta de bônus na loja.
bot-my-kickstart-eligible = Você ainda pode receber o bônus Kickstart de <b>{ MONEY($amount) }</b>: peça até <b>{ DAY($date) }</b> ({ $when }).
bot-my-kickstart-missing = Para receber o bônus Kickstart de { MONEY($amount) } até <b>{ DAY($date) }</b> ({ $when }), ainda falta:
bot-my-award = { $subject }: pode ser usado até <b>{ DAY($date) }</b> ({ $when }).
bot-my-key-claim = Como parceiro { $status }, você pode ter { $count ->
        [one] { $count } chave NFR on-premise gratuita
       *[other] { $count } chaves NFR on-premise gratuitas
    } ({ $claimed } registradas). Peça pelo formulário NFR do Painel do Parceiro.
bot-my-key-all-claimed = Como parceiro { $status }, você pode ter { $count ->
        [one] { $count } chave NFR on-premise gratuita
       *[other] { $count } chaves NFR on-premise gratuitas
    } ao mesmo tempo, e já { $claimed ->
        [one] tem { $claimed } em uso
       *[other] tem { $claimed } em uso
    }: você poderá pedir outra quando uma terminar.
bot-my-key-no-claim = As chaves NFR on-premise são para os parceiros { $statuses }; como { $status }, você ainda não pode solicitar uma.
bot-my-on-track-met = Você já cumpriu o que é preciso para manter o <b>{ $status }</b> { $kind ->
        [probation] até
       *[annual-review] na revisão de
    } <b>{ DAY($date) }</b>.
bot-my-on-track-gap = <b>Ainda não.</b> Para manter o { $status } na revisão de <b>{ DAY($date) }</b>, você precisa de mais <b>{ MONEY($gap) }</b> em vendas.
bot-my-on-track-missing = <b>Ainda não.</b> Para manter o { $status } até <b>{ DAY($date) }</b>, ainda falta:
bot-my-can-reach = Todos os requisitos do <b>{ $next }</b> estão cumpridos: peça a mudança de status no Painel do Parceiro.
bot-my-can-reach-missing = <b>Ainda não.</b> Para o <b>{ $next }</b>, ainda falta:
bot-my-leads = As suas solicitações de implementação estão em /leads: as abertas que você pode reservar, as que reservou com os contatos do cliente e a sua avaliação com as ganhas e as perdidas.
bot-my-deadline = O seu próximo prazo: <b>{ $name }</b> em <b>{ DAY($date) }</b> ({ $when }){ $missing }.
bot-my-deadline-missing = : { $items }
bot-my-no-deadline = Você não tem nenhum prazo pela frente. 🎉
