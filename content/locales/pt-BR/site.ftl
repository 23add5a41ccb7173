# The site's words in Brazilian Portuguese (source: content/locales/en/site.ftl; same messages, same
# variables). Names from the rules and the content arrive already in Portuguese.
# Country names come without an article, and Portuguese needs one after "em"/"de" ("na Alemanha",
# "no Brasil"): messages place a country after a colon, a dot or in parentheses instead.
# In pt-BR, 0 falls in the plural category "one": where 0 can occur it gets its own variant first.

## The page shell (site/layouts/Base.astro, site/components/HeaderNav.astro)
site-page-title = { $title } · { $program }
site-skip-link = Ir para o conteúdo
site-language-nav = Idioma
site-menu = Menu
site-nav-label = Principal
site-nav-partners = Encontrar um parceiro
site-nav-program = Programa
site-nav-statuses = Status
site-nav-check = Verificar elegibilidade
site-header-search-label = Parceiros
site-header-search = Buscar parceiros
site-search-button = Buscar
site-footer-program = { $program } da { $vendor } · versão { $version } das regras
site-footer-sitemap = Mapa do site

## Not found (site/pages/404.astro)
site-notfound-title = Página não encontrada
site-notfound-description = Esta página não existe.
site-notfound-heading = Não encontramos esta página
site-notfound-text = O endereço pode ter sido digitado errado, ou a página mudou de lugar. Também pode ser que o parceiro tenha saído do diretório.
site-notfound-browse = Ver todos os parceiros
site-notfound-program = Entender como o programa funciona
site-notfound-home = Ir para a página inicial

## Shared
site-quoted = “{ $text }”

## Home (site/pages/index.astro)
site-home-description = Encontre um parceiro { $statuses } certificado da { $vendor } perto de você e veja como funciona o programa de parceiros.
site-home-heading = Encontre um parceiro que conhece o produto
site-home-lead = { $partners } parceiros { $statuses } certificados em { $countries ->
    [1] um país
   *[other] { $countries } países
} ajudam empresas a comprar, implantar e aproveitar ao máximo os produtos da { $vendor }.
site-home-search-form = Encontrar um parceiro
site-home-search-label = Busque por nome, cidade, país ou serviço
site-home-search-examples = Experimente { $examples }
site-home-search-fallback = Nome, cidade, país ou serviço
site-home-search-button = Buscar parceiros
site-home-browse = Ou { $link }.
site-home-browse-link = navegue por todo o diretório
site-home-featured = Parceiros { $statuses } em destaque
site-home-all-of-status = Todos os parceiros { $status } →
site-home-statuses-heading = O { $program }: { $statuses }
site-home-statuses-text = Toda empresa que entra no programa começa como { $first }. Os parceiros sobem de status à medida que vendem, se capacitam e dão suporte aos clientes; só os parceiros { $listed } aparecem aqui.
site-home-check-link = Descubra o que a sua empresa já pode alcançar
site-home-countries = Parceiros por país

## The statuses side by side (site/components/StatusCards.astro)
site-status-discount = { $percent } de desconto
site-status-discount-condition = Depois de cumprir: { $requirements } (antes, { $before })
site-status-listing-none = Não aparece no diretório
site-status-listing-listed = Aparece no diretório
site-status-listing-featured = Em destaque no topo do diretório
site-status-how-to-get = Como chegar a ele
site-status-from = A partir do { $status }
site-status-approval = Aprovação da sua inscrição.
site-status-compare = Comparar todos os requisitos e benefícios →

## The directory's headings (site/lib/directory.ts): each filter wraps the title so far ($title)
site-directory-title = Encontre um parceiro
site-title-partners = Parceiros
site-title-status-partners = Parceiros { $status }
site-title-for-service = { $title } de { $service }
site-title-speaking = { $title } que atendem em { $language }
# $place: a city, a country, or "city, country" (after a dot: a country takes no article there).
site-title-in = { $title } · { $place }
site-title-matching = { $title } para a busca “{ $text }”
site-title-matching-only = Parceiros para a busca “{ $text }”

## Filter values the directory does not have (site/lib/directory.ts); $value is what was sent
site-filter-country-unlisted = O diretório não tem nenhum parceiro deste país: { $country }.
site-filter-country-unknown = “{ $value }” não é um código de país (duas letras, como br para o Brasil).
site-filter-status-unlisted = Os parceiros { $status } não aparecem no diretório.
site-filter-status-unknown = Não existe o status “{ $value }”.
site-filter-statuses-listed = O diretório mostra parceiros { $statuses }.
site-filter-service-unknown = “{ $value }” não é um serviço oferecido pelos parceiros (serviços: { $services }).
site-filter-language-unlisted = Nenhum parceiro do diretório atende em { $language }.
site-filter-language-unknown = “{ $value }” não é um código de idioma (duas letras, como pt para português).
site-filter-repeated = { $param } aparece { $count } vezes no endereço; escolha um só.
site-filter-page-unknown = “{ $value }” não é um número de página (1, 2, 3…).
site-filter-page-past = Não existe a página { $page }: esta lista tem { $pages ->
    [1] uma página só
   *[other] { $pages } páginas
}.

## Directory pages (site/pages/partners/)
site-directory-intro = Parceiros certificados que vendem, implantam e dão suporte aos produtos.
site-directory-intro-featured = Parceiros certificados que vendem, implantam e dão suporte aos produtos. Os parceiros { $statuses } aparecem primeiro.
site-directory-description = Busque entre { $count } parceiros certificados por país, serviço e idioma.
site-title-page = { $title }, página { $page }
site-directory-page-description = Parceiros certificados, página { $page } de { $pages }.
site-state-description = { $count ->
    [0] Nenhum parceiro certificado
    [1] Um parceiro certificado
   *[other] { $count } parceiros certificados
}: { $title }.
site-state-page-description = { $count } parceiros certificados, página { $page } de { $pages }.
site-search-description = { $count ->
    [0] Nenhum parceiro
    [1] Um parceiro
   *[other] { $count } parceiros
}: { $title }.
site-search-problem-title = Não foi possível mostrar esta lista
site-search-problem-description = Um filtro deste endereço pede algo que o diretório não tem.

## The directory (site/components/DirectoryView.astro)
site-request-link = Solicitar uma implementação
site-request-link-hint = Descreva o seu projeto uma vez só: os parceiros com o perfil certo entram em contato com você.
site-filter-form = Filtrar parceiros
site-filter-search = Busca
site-filter-search-placeholder = Nome, cidade, serviço…
site-filter-label-country = País
site-filter-label-status = Status
site-filter-label-service = Serviço
site-filter-label-language = Idioma
site-filter-all-country = Todos os países
site-filter-all-status = Todos os status
site-filter-all-service = Todos os serviços
site-filter-all-language = Todos os idiomas
site-filter-option = { $label } ({ $count })
site-filter-submit = Mostrar parceiros
site-filter-clear = Limpar tudo
site-filter-active = Filtros ativos
# Read after a filter's name on the button that removes it.
site-filter-remove = remover
site-results-count = { $count ->
    [0] Nenhum parceiro encontrado
    [one] { $count } parceiro
   *[other] { $count } parceiros
}
site-results-showing = , exibindo { $from }–{ $to }
site-did-you-mean = Você quis dizer { $suggestion }?
site-results-widened = Nenhum parceiro corresponde a todas as palavras de “{ $text }”; estes correspondem a algumas delas.
site-results-none = Nenhum parceiro atende a todos esses critérios
site-results-none-hint = Tente usar menos filtros ou outra palavra. Você também pode:
site-results-remove = Remover “{ $filter }”
site-results-without-text = Buscar sem “{ $text }”
site-results-every = Ver todos os parceiros
site-results-partners = Parceiros
site-pages = Páginas
site-pages-previous = ← Anterior
site-pages-next = Próxima →
site-search-problem-without = Mostrar a lista sem esse filtro

## A partner in a list (site/components/PartnerCard.astro) and on its page
site-partner-place = { $city }, { $country }
site-partner-services = Serviços
site-partner-more-services = +{ $count } outros
site-breadcrumb = Trilha de navegação
site-partner-heading-place = { $city }, { $country } · parceiro { $status }
site-partner-about = Sobre
site-partner-languages = Idiomas
# $language: the description's language, lowercase as Portuguese writes it ("alemão").
site-partner-description-language = Texto em { $language }
site-partner-contact = Contato
site-partner-website = Site
site-partner-email = E-mail
site-partner-phone = Telefone
site-partner-address = Endereço
site-partner-ask = Fale com este parceiro
site-partner-ask-hint = Envie o seu projeto para { $partner }: ele recebe primeiro, e outros parceiros com o perfil certo também podem fazer uma proposta.
site-partner-checked = Os parceiros { $status } são verificados pelo fabricante e revisados todos os anos.
site-partner-more-of-status = { $country }: { $count ->
    [one] mais { $count } parceiro { $status }
   *[other] mais { $count } parceiros { $status }
}
site-partner-more = { $country }: { $count ->
    [one] mais { $count } parceiro
   *[other] mais { $count } parceiros
}

## Docs pages (site/components/DocsPage.astro, site/lib/markdown.ts)
site-docs-nav = Documentação do programa
site-docs-toc = Nesta página
# $language: the page's language, named in itself ("Português (Brasil)").
site-docs-untranslated = Esta página ainda não tem versão em { $language }.
site-docs-footer = Atualizado em { DAY($updated) } · Versão { $version } das regras, em vigor desde { DAY($effective) } · { $edit }
site-docs-edit = Editar esta página
site-docs-pager = Página anterior e próxima
site-docs-previous = Anterior
site-docs-next = Próxima
site-heading-link = Link para “{ $heading }”
site-table-named = Tabela: { $headers }
site-table = Tabela

## The eligibility calculator (site/pages/check.astro, site/lib/check-form.ts)
site-form-unreadable = Não foi possível ler o formulário. Preencha-o novamente, por favor.
site-check-title = Verifique a sua elegibilidade
site-check-description = Responda a algumas perguntas para ver a que status a sua empresa tem direito e o que ainda falta.
site-check-intro = Conte para nós em que pé está a sua empresa. Quem responde é o mesmo motor de regras que roda o programa: o que você já pode alcançar e o que ainda falta.
site-check-status = O seu status atual
site-check-sales = Vendas nos últimos { $months } meses
site-check-sales-hint = O que você pagou na loja já com o seu desconto; valores em { $currencies } contam um para um. Não inclua compras para a sua própria empresa ou para uma empresa coligada.
site-check-since = Desse total, quanto foi desde que você chegou ao status atual
site-check-optional = (opcional)
site-check-since-hint = Conta para manter o seu status. Deixe em branco se foi tudo.
site-check-since-hint-next = Conta para manter o seu status e, no caso do { $statuses }, para chegar ao próximo. Deixe em branco se foi tudo.
site-check-clients = Clientes diferentes para os quais você vendeu
site-check-courses = Cursos concluídos
site-check-endorsements = Onde você divulga os produtos
site-check-endorse-website = No nosso site
site-check-endorse-social = Nas nossas redes sociais
site-check-extras = O que mais você já fez
site-check-first-line-support = Damos suporte de primeiro nível aos clientes por e-mail e telefone
site-check-nfr-cloud = Já solicitamos a nossa assinatura NFR na nuvem
site-check-case-study = Já enviamos um estudo de caso
site-check-marketing-plan = Já enviamos um plano de marketing
site-check-product-presentation = Já fizemos uma apresentação do produto (webinar ou gravação)
site-check-submit = Verificar
site-check-placeholder = A sua resposta aparece aqui
site-check-placeholder-hint = Preencha o formulário e clique em Verificar.
site-check-errors = Algumas respostas precisam de atenção
site-check-ambiguous = “{ $typed }” pode ser lido de duas formas: você quis dizer { $first } ou { $second }? Digite o valor que você quis dizer.
site-check-status-missing = Escolha o seu status atual.
site-check-sales-missing = Informe as suas vendas nos últimos { $months } meses, ou 0.
site-check-sales-invalid = Informe as suas vendas nos últimos { $months } meses como um número igual ou maior que 0, como { $example }.
site-check-since-invalid = Informe as suas vendas desde que chegou ao seu status como um número igual ou maior que 0, como { $example }.
site-check-since-too-much = Este valor faz parte das suas vendas nos últimos { $months } meses, por isso não pode ser maior que elas.
site-check-clients-invalid = Informe o número de clientes como um número inteiro, como 3.

## A resposta da calculadora (site/pages/check.astro, site/components/RequirementList.astro)
site-check-qualifies = Você atende aos requisitos do { $status }
site-check-not-yet = Ainda não { $status }
site-check-top = Você já tem o status mais alto
site-check-discount = Como parceiro { $status }, seu desconto é de { $percent }.
site-check-discount-now = Como parceiro { $status }, seu desconto agora é de { $percent }
site-check-discount-later = { $count ->
    [one] { $percent } depois de concluir isto: { $requires }
   *[other] { $percent } depois de concluir isto: { $requires }
}
site-check-ready = Tudo pronto para o { $status }: solicite a mudança de status.
site-check-still-need = Para o { $status } ainda faltam { $missing } de { $total }:
site-check-keep-probation = Para manter o { $status }, em até { $days } dias após a aprovação
site-check-keep-review = Para manter o { $status } na revisão anual
site-check-keep-review-note = Contado desde que você chegou ao { $status }; a revisão acontece { $months } meses depois (aqui, supomos { DAY($date) }).
site-check-how-statuses = Como funcionam os status
site-requirement-met = (atendido)
site-requirement-missing = (pendente)
site-requirement-progress = { $current } de { $target }
site-requirement-lacking = Falta: { $what }
site-statuses-scroll-hint = Role a tabela para o lado para ver todos os status →

## Implementation requests: the form (site/pages/request/index.astro, site/lib/request-text.ts)
site-request-title = Solicitar uma implementação
site-request-description = Conte do que você precisa: os parceiros que atuam no seu país e oferecem esse serviço recebem a sua solicitação, e alguns deles entram em contato com você.
site-request-intro = Conte do que você precisa. Os parceiros que atuam no seu país e oferecem esse serviço recebem a sua solicitação; até { $max ->
    [one] { $max } parceiro pode reservá-la e entrar
   *[other] { $max } parceiros podem reservá-la e entrar
} em contato com você com uma proposta. É gratuito e não obriga você a nada.
site-request-addressed = { $partner } recebe a sua solicitação primeiro.
site-request-not-listed = O parceiro do link não está no diretório; a sua solicitação vai para todos os parceiros com o perfil certo.
site-request-consent = Li o aviso de privacidade e concordo que a minha solicitação e os meus dados de contato sejam guardados e repassados como ele descreve.
site-request-consent-missing = Marque a caixa para concordar com o aviso de privacidade: sem isso, não podemos repassar a sua solicitação.
site-request-privacy-link = aviso de privacidade
site-request-submit = Enviar a minha solicitação
site-request-choose = Escolha…
site-request-honeypot = Deixe este campo em branco
site-request-summary = { $count ->
    [one] { $count } campo precisa de atenção
   *[other] { $count } campos precisam de atenção
}
site-request-field-name = O seu nome
site-request-field-name-missing = Informe o seu nome.
site-request-field-company = Empresa
site-request-field-company-missing = Informe o nome da sua empresa.
site-request-field-email = E-mail
site-request-field-email-hint = Só os parceiros que reservarem a sua solicitação vão vê-lo.
site-request-field-email-missing = Informe o seu endereço de e-mail.
site-request-field-phone = Telefone (opcional)
site-request-field-phone-hint = Com o código do país, ou do jeito que você disca no seu país.
site-request-field-phone-missing = Informe um telefone em que os parceiros possam ligar para você, ou deixe em branco.
site-request-field-country = País
site-request-field-country-hint = Os parceiros que atuam neste país recebem a sua solicitação.
site-request-field-country-missing = Escolha o seu país.
site-request-field-country-unknown = Escolha o seu país na lista.
site-request-field-city = Cidade
site-request-field-city-missing = Informe a sua cidade.
site-request-field-kind = Do que você precisa
site-request-field-kind-missing = Escolha do que você precisa.
site-request-field-kind-unknown = Escolha na lista do que você precisa.
site-request-field-language = Idioma de preferência
site-request-field-language-hint = O idioma em que você gostaria de falar com os parceiros.
site-request-field-language-missing = Escolha um idioma.
site-request-field-language-unknown = Escolha um idioma na lista.
site-request-field-description = Descreva o seu projeto
site-request-field-description-hint = O que você usa hoje, quantas pessoas, o que deveria mudar. Os parceiros leem isto antes de reservar a sua solicitação, por isso não coloque aqui o seu e-mail nem o seu telefone.
site-request-field-description-missing = Descreva do que você precisa.
site-request-too-long = Use no máximo { $max } caracteres; este texto tem { $length }.
site-request-too-short = Conte um pouco mais aos parceiros: pelo menos { $min } caracteres.
site-request-email = Informe um endereço de e-mail como nome@empresa.com.br.
site-request-phone = Informe um telefone em que os parceiros possam ligar para você, como +55 11 3555 1234, ou deixe em branco.
site-request-one-line = Escreva isto em uma linha só.
site-request-contact-in-description = Não coloque o seu e-mail nem o seu telefone na descrição: os parceiros a leem antes de reservar a sua solicitação e só recebem os seus dados de contato depois de reservá-la.
site-request-robot = Esta solicitação não foi enviada porque parecia automática. Se você é uma pessoa, recarregue a página e preencha o formulário de novo, deixando em branco o último campo oculto.
site-request-too-fast = Isso foi mais rápido do que uma pessoa consegue digitar: confira a sua solicitação e envie de novo, por favor.
site-request-stale = Este formulário é antigo demais, ou veio de outro lugar. Guardamos o que você digitou: confira e envie de novo, por favor.
site-request-rate-limited = Você enviou { $count ->
    [one] { $count } solicitação
   *[other] { $count } solicitações
} na última hora, o máximo que aceitamos de um mesmo endereço. Tente de novo mais tarde, por favor.
site-request-unavailable = No momento não é possível receber solicitações. Tente de novo daqui a alguns minutos, por favor.

## Implementation requests: the private page (site/pages/request/[token].astro); $until, $on: days, already written out
site-request-private-title = A sua solicitação { $reference }
site-request-private-description = A página privada da sua solicitação de implementação.
site-request-sent = Obrigado: a sua solicitação foi recebida.
site-request-keep-link = Esta página é o seu link privado para a solicitação. Salve-a nos favoritos ou copie o endereço: é o único caminho de volta até aqui, e quem tiver o link pode alterar a solicitação, então não o compartilhe com ninguém.
site-request-reference = Referência
site-request-sent-on = Enviada em
site-request-what = Do que você precisa
site-request-where = Onde
site-request-language = Idioma
site-request-state = Situação
site-request-waiting = Ela está a caminho dos parceiros.
site-request-offered = Ela foi enviada para { $count ->
    [one] { $count } parceiro que atua
   *[other] { $count } parceiros que atuam
} no seu país e oferece o que você precisa.
site-request-nobody = Ainda nenhum parceiro recebe esse tipo de solicitação do seu país; ela fica aberta até { $until }, caso algum passe a receber.
site-request-none-yet = Nenhum parceiro reservou a solicitação ainda. Os parceiros podem reservá-la até { $until }.
site-request-taken = { $count ->
    [one] { $count } parceiro reservou a solicitação (no máximo { $max } podem reservá-la) e vai entrar em contato com você:
   *[other] { $count } parceiros reservaram a solicitação (no máximo { $max } podem reservá-la) e vão entrar em contato com você:
}
site-request-open = Os parceiros podem reservá-la até { $until }.
site-request-full = Nenhum outro parceiro pode reservá-la.
site-request-closed-withdrawn = Você a retirou em { $on }: nenhum outro parceiro pode reservá-la.
site-request-closed-chosen = Você nos contou a sua escolha em { $on }.
site-request-closed-expired = Ela foi encerrada em { $on }: o prazo para reservá-la acabou.
# $stop: a full stop, or nothing when the name ends in one already ("Lakeshore Workflow Inc.").
site-request-chosen-partner = Você escolheu { $name }{ $stop }
site-request-choose-title = Qual parceiro você escolheu?
site-request-choose-hint = Quando decidir, conte para nós: isso nos ajuda a enviar as solicitações para os parceiros que os clientes escolhem.
site-request-choose-button = Esta é a minha escolha
site-request-choose-none = Escolha um dos parceiros acima.
site-request-withdraw-title = Retirar a solicitação
site-request-withdraw-hint = Nenhum outro parceiro poderá reservá-la. Os parceiros que já a reservaram mantêm os seus dados de contato até eles serem apagados.
site-request-withdraw-button = Retirar a minha solicitação
site-request-erase-title = Apagar os seus dados de contato
site-request-erase-hint = O seu nome, a sua empresa, o seu e-mail, o seu telefone e a descrição são apagados { $days ->
    [one] { $days } dia
   *[other] { $days } dias
} depois do encerramento da solicitação. Se preferir, apague-os agora: os parceiros que ainda não a reservaram não vão mais poder reservá-la, e os que já reservaram deixam de vê-los aqui.
site-request-erase-button = Apagar agora os meus dados de contato
site-request-erased = Os seus dados de contato foram apagados em { $on }.
site-request-done-withdrawn = A sua solicitação foi retirada.
site-request-done-chosen = Obrigado por nos contar.
site-request-done-erased = Os seus dados de contato foram apagados.
site-request-not-found = Este link não abre nenhuma solicitação
site-request-not-found-text = Confira se você copiou o endereço inteiro. Uma solicitação só pode ser aberta pelo link privado mostrado no momento do envio.
site-request-partner-page = página do parceiro

## Problem pages of the server, before any page is rendered (site/server/problem.ts)
site-problem-error = Erro { $status }.
site-problem-home = Página inicial
site-problem-too-long-title = Este endereço é longo demais
site-problem-too-long-detail = Os endereços deste site têm no máximo { $max } caracteres.
site-problem-bad-escape-title = Não foi possível ler este endereço
site-problem-bad-escape-detail = Ele tem um código % com defeito. Confira o link ou comece de novo pela página inicial.
site-problem-too-many-params-title = Este endereço tem parâmetros demais
site-problem-too-many-params-detail = Uma busca neste site aceita no máximo { $max } parâmetros.
site-problem-method-title = Este método não é permitido aqui
site-problem-method-detail = { $post ->
    [yes] Este endereço só responde a requisições GET, HEAD e POST.
   *[no] Este endereço só responde a requisições GET e HEAD.
}
site-problem-form-type-title = Não foi possível ler o envio deste formulário
site-problem-form-type-detail = Envie o formulário pela própria página: os campos dele como um formulário web.
site-problem-too-many-fields-title = Este formulário tem campos demais
site-problem-too-many-fields-detail = Um formulário deste site tem no máximo { $max } campos. Recarregue a página e preencha de novo.
site-problem-too-large-title = O envio deste formulário é grande demais
site-problem-too-large-detail = Um formulário deste site envia no máximo { $kilobytes } KB. Encurte o que você digitou e envie de novo.
site-problem-loading-title = O site está sendo atualizado
site-problem-loading-detail = O diretório de parceiros está indisponível por um instante. Tente de novo daqui a um minuto, por favor.
site-problem-failed-title = Algo deu errado do nosso lado
site-problem-failed-detail = Tente de novo daqui a pouco, por favor.
