# What the rules engine says, in Brazilian Portuguese (source: content/locales/en/program.ftl),
# shared by the site, the bot, the reminders and the CLIs. Plain text.
# Terms follow the docs in content/docs/pt-BR/: Bronze, Silver and Gold stay as they are, "NFR",
# "bônus Kickstart", "bônus Award", "leads", "fabricante" for the vendor, and partners are
# addressed as "você".
# In pt-BR, 0 falls in the plural category "one": where 0 can occur it gets its own variant first.

## The rules' own words (content/program/*.yaml)
rule-program-name = Programa de Parceiros

rule-status-bronze = Bronze
rule-status-bronze-summary = Todo parceiro aprovado começa aqui.
rule-status-silver = Silver
rule-status-silver-summary = Perfil no diretório de parceiros e um desconto maior.
rule-status-gold = Gold
rule-status-gold-summary = Destaque no topo do diretório e o maior desconto.

rule-benefit-bronze-nfr-cloud = Uma assinatura NFR premium gratuita na nuvem para uma conta
rule-benefit-bronze-marketplace = Os seus apps publicados no Marketplace
rule-benefit-bronze-leads-app = Leads pelo app de Solicitações de Implementação
rule-benefit-silver-nfr-cloud = Uma assinatura NFR premium gratuita na nuvem para uma conta
rule-benefit-silver-nfr-key = Uma chave de ativação NFR on-premise gratuita
rule-benefit-silver-leads = Leads por e-mail e pelo app de Solicitações de Implementação
rule-benefit-silver-listing = Um perfil no diretório público de parceiros
rule-benefit-silver-client-access = Acesso privilegiado de parceiro às contas na nuvem dos seus clientes
rule-benefit-silver-support-chat = Um chat autorizado de suporte do parceiro nas contas dos seus clientes
rule-benefit-silver-marketplace = Os seus apps publicados no Marketplace
rule-benefit-silver-portal = Acesso ao portal de parceiros
rule-benefit-gold-nfr-cloud = Assinaturas NFR premium gratuitas na nuvem para duas contas
rule-benefit-gold-nfr-key = Duas chaves de ativação NFR on-premise gratuitas
rule-benefit-gold-leads = Leads por e-mail e pelo app de Solicitações de Implementação
rule-benefit-gold-featured = Um perfil em destaque no diretório público de parceiros
rule-benefit-gold-channels = Divulgação nos canais do fabricante (blog, newsletters, redes sociais)
rule-benefit-gold-client-access = Acesso privilegiado de parceiro às contas na nuvem dos seus clientes
rule-benefit-gold-support-chat = Um chat autorizado de suporte do parceiro nas contas dos seus clientes
rule-benefit-gold-marketplace = Os seus apps publicados no Marketplace
rule-benefit-gold-portal = Acesso ao portal de parceiros
rule-benefit-gold-special-offers = Ofertas especiais para um produto ou para um cliente

rule-course-tutorial = Tutorial do Programa de Parceiros
rule-course-tutorial-summary = Vídeos e testes sobre como o programa funciona e o que os produtos fazem.
rule-course-sales = Curso de Vendas para Parceiros
rule-course-sales-summary = Como vender os produtos e conduzir uma conversa de vendas.
rule-course-marketing = Curso de Marketing para Parceiros
rule-course-marketing-summary = Como planejar o marketing, com a estrutura de um plano de marketing.

rule-service-licensing = Licenças e assinaturas
rule-service-licensing-summary = Assinaturas na nuvem, chaves on-premise, renovações e upgrades.
rule-service-consulting = Consultoria e serviços de valor agregado
rule-service-consulting-summary = Orientação para escolher, planejar e implantar os produtos.
rule-service-hosting = Instalação e hospedagem
rule-service-hosting-summary = Instalação das edições on-premise e a sua hospedagem.
rule-service-customization = Personalização
rule-service-customization-summary = Adaptação do produto aos processos do cliente.
rule-service-localization = Localização
rule-service-localization-summary = Tradução e adaptação do produto para outros idiomas.
rule-service-training = Treinamento
rule-service-training-summary = Treinamento online ou presencial para a equipe do cliente.
rule-service-automation = Automação de fluxos de trabalho
rule-service-automation-summary = Automação dos processos de negócio e das aprovações do cliente.
rule-service-telephony = Telefonia e VoIP
rule-service-telephony-summary = Configuração de telefonia e VoIP.
rule-service-integration = Integração com terceiros
rule-service-integration-summary = Conexão do produto com outros sistemas.
rule-service-apps = Desenvolvimento de apps
rule-service-apps-summary = Apps para celular, desktop e Marketplace.

rule-deadline-bronze-cutoff = Requisitos do Bronze
rule-deadline-kickstart-expiry = Vencimento do bônus Kickstart
rule-deadline-award-expiry = Vencimento do bônus Award
rule-deadline-nfr-cloud-expiry = Fim da assinatura NFR na nuvem
rule-deadline-nfr-key-expiry = Fim da chave NFR on-premise
rule-deadline-product-activation = Ativação do produto
rule-deadline-annual-review = Revisão anual do status
rule-deadline-zero-activity = Suspensão por inatividade

rule-request-kind-purchase = Compra de produtos
rule-request-kind-cloud-subscription = Uma assinatura na nuvem
rule-request-kind-on-premise-key = Uma chave de ativação on-premise
rule-request-kind-renewal-upgrade = Uma renovação ou um upgrade
rule-request-kind-value-added = Serviços de valor agregado
rule-request-kind-installation-hosting = Instalação ou hospedagem
rule-request-kind-customization = Personalização
rule-request-kind-localization = Localização para outros idiomas
rule-request-kind-training = Treinamento, online ou presencial
rule-request-kind-workflow-automation = Automação de fluxos de trabalho
rule-request-kind-telephony = Configuração de telefonia ou VoIP
rule-request-kind-integration = Integração com outro sistema
rule-request-kind-app-development = Desenvolvimento de apps para celular, desktop ou Marketplace

rule-bonus-can-pay-new-cloud-subscriptions = assinaturas na nuvem para clientes novos
rule-bonus-can-pay-new-on-premise-activation-keys = chaves de ativação on-premise para clientes novos
rule-bonus-cannot-pay-on-premise-edition-upgrades = upgrades de edições on-premise
rule-bonus-cannot-pay-on-premise-maintenance-renewals = renovações da manutenção on-premise
rule-bonus-cannot-pay-archived-cloud-plans = planos de nuvem arquivados
rule-bonus-cannot-pay-products-for-the-partners-own-use = produtos para uso da sua própria empresa

## What a requirement asks (describe.ts)
req-sales-trailing = { MONEY($amount) } em vendas nos últimos { $months } meses
req-sales-trailing-while = { MONEY($amount) } em vendas como parceiro { $status } nos últimos { $months } meses
req-sales-review-year = { MONEY($amount) } em vendas no ano de revisão
req-sales-review-year-while = { MONEY($amount) } em vendas como parceiro { $status } no ano de revisão
# The status a "while" sales requirement means, when none is named ("como parceiro …").
req-status-below = do status anterior
req-clients = Vendas para { $count } clientes diferentes
req-course = { $course } concluído
req-endorsement-website = Produtos divulgados no seu site
req-endorsement-social = Produtos divulgados nas suas redes sociais
req-first-line-support = Suporte de primeiro nível aos clientes por e-mail e telefone
req-case-study = Um estudo de caso de um projeto recente
    .inline = um estudo de caso de um projeto recente
req-marketing-plan = Um plano de marketing de médio prazo
    .inline = um plano de marketing de médio prazo
req-product-presentation = Uma apresentação do produto (webinar ou gravação)
    .inline = uma apresentação do produto (webinar ou gravação)
req-nfr-cloud = Assinatura NFR na nuvem solicitada
    .inline = a assinatura NFR na nuvem solicitada

## What is still to do for a requirement (requirements.ts)
# Each is a thing to do, as an infinitive ("enviar um estudo de caso"): shown after "Falta:",
# "Ainda falta:" and the like, and in a deadline's list beside the todo-… messages (also infinitives).
missing-sales = vender mais { MONEY($amount) }
missing-clients = vender para { $count ->
        [one] mais { $count } cliente
       *[other] mais { $count } clientes
    }
missing-course = concluir o { $course }
missing-endorsement-website = divulgar os produtos no seu site
missing-endorsement-social = divulgar os produtos nas suas redes sociais
missing-first-line-support = oferecer aos clientes suporte de primeiro nível por e-mail e telefone
missing-case-study = enviar um estudo de caso de um projeto recente
missing-marketing-plan = enviar um plano de marketing de médio prazo
missing-product-presentation = fazer uma apresentação do produto (webinar ou gravação)
missing-nfr-cloud = solicitar a sua assinatura NFR na nuvem
# A thing to do with the day it is due.
missing-by = { $item } até { DAY($date) }

## Deadlines (deadlines.ts): what each is about, what to do, and what happens if it is missed
deadline-bronze-cutoff = Manter o { $status } depois dos primeiros { $days } dias
consequence-bronze-cutoff = O seu status e a sua participação no programa são cancelados.
deadline-kickstart-credited = Bônus Kickstart de { MONEY($amount) } creditado em { DAY($date) }
deadline-kickstart-open = Bônus Kickstart de { MONEY($amount) }, ainda não creditado
consequence-kickstart-credited = O saldo não usado do bônus Kickstart expira.
consequence-kickstart-open = Não será mais possível receber o bônus Kickstart.
deadline-award = Bônus Award de { MONEY($amount) } creditado em { DAY($date) }
consequence-award = O saldo não usado do bônus Award expira.
deadline-nfr-cloud = Assinatura NFR na nuvem solicitada em { DAY($date) }
deadline-nfr-key = Chave NFR { $edition } solicitada em { DAY($date) }
consequence-nfr-cloud-extendable = A assinatura termina, a menos que você peça a prorrogação.
consequence-nfr-key-extendable = A chave deixa de funcionar, a menos que você peça a prorrogação.
consequence-nfr-cloud-not-extendable = A conta volta para o plano gratuito; o seu status não permite prorrogá-la.
consequence-nfr-key-not-extendable = A chave deixa de funcionar; o seu status não permite prorrogá-la.
# A copy beyond the allowance of the partner's status: $allowance is how many the status gets.
consequence-nfr-cloud-beyond = A conta volta para o plano gratuito: um parceiro { $status } tem direito a { $allowance ->
        [0] nenhuma assinatura na nuvem
        [one] { $allowance } assinatura na nuvem
       *[other] { $allowance } assinaturas na nuvem
    }, e esta cópia passa desse limite, por isso não pode ser prorrogada.
consequence-nfr-key-beyond = A chave deixa de funcionar: um parceiro { $status } tem direito a { $allowance ->
        [0] nenhuma chave on-premise
        [one] { $allowance } chave on-premise
       *[other] { $allowance } chaves on-premise
    }, e esta cópia passa desse limite, por isso não pode ser prorrogada.
todo-nfr-extension = pedir a prorrogação
deadline-activation = Compra de { MONEY($amount) } para { $client } em { DAY($date) }
consequence-activation = O fabricante pode desativar o produto.
todo-activation = ativar e registrar o produto para o cliente
deadline-review = Revisão anual do seu status { $status }
consequence-review = Você desce para o { $status }.
deadline-zero-activity = Atividade no programa
consequence-zero-activity = A sua conta de parceiro pode ser suspensa sem aviso prévio.
todo-zero-activity = fazer uma primeira venda ou divulgar os produtos no seu site ou nas suas redes sociais

## A partner's standing in one line (evaluate.ts)
standing-summary = { $status } desde { DAY($since) }, { PERCENT($discount) } de desconto
standing-summary-moved-down = { $status } desde { DAY($since) } (desceu do { $from } na revisão anual de { DAY($date) }), { PERCENT($discount) } de desconto
standing-cancelled = { $status } cancelado: os requisitos não foram cumpridos até { DAY($date) }

## The statuses compared (figures.ts: the docs' table and the site's)
compare-how-to-get = Como chegar a ele
compare-to-keep = Para mantê-lo
compare-discount = Desconto
compare-directory = Diretório
compare-nfr = Cópias NFR
compare-benefits = Benefícios
compare-on-approval = Aprovação da sua inscrição
compare-probation = Em até { $days } dias após a aprovação: { $items }
compare-maintain = { $item }, verificado a cada revisão anual
compare-discount-once = { PERCENT($percent) } após: { $items }
compare-discount-plain = { PERCENT($percent) }
compare-listing-none = Não aparece
compare-listing-listed = Aparece
compare-listing-featured = Em destaque no topo
compare-nfr-cloud = { $count ->
        [0] nenhuma assinatura na nuvem
        [one] { $count } assinatura na nuvem
       *[other] { $count } assinaturas na nuvem
    }
compare-nfr-keys = { $count ->
        [0] nenhuma chave on-premise
        [one] { $count } chave on-premise
       *[other] { $count } chaves on-premise
    }

## Tables of the docs (figures.ts)
figure-request-kinds-kind = O cliente pede
figure-request-kinds-services = Recebem os parceiros que oferecem algum destes serviços
figure-rating = Avaliação
figure-rating-requests = Solicitações reservadas aguardando resultado, ao mesmo tempo
figure-rating-range = De { PERCENT($from) } a menos de { PERCENT($to) }
figure-rating-from = { PERCENT($from) } ou mais

## Advice (deadlines.ts, evaluate.ts): what a partner can do that the program data cannot show as done
advice-use-bonus = use o bônus em pedidos para clientes novos (os dados do programa não mostram se ele já foi usado)
advice-apply-for-bonus = peça o bônus assim que cumprir todos os requisitos (os dados do programa não mostram os pedidos)
advice-contact-partner-department = fale com o departamento de parceiros do fabricante
advice-apply-again = envie uma nova inscrição para voltar ao programa
