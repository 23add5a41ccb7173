# The site's words in Spanish (neutral: Spain and Latin America), in the terms of content/docs/es/;
# visitors are addressed with "tú". Figures arrive as variables and the message formats them; names
# from the rules and the content arrive already in Spanish.

## The page shell (site/layouts/Base.astro, site/components/HeaderNav.astro)
site-page-title = { $title } · { $program }
site-skip-link = Ir al contenido
site-language-nav = Idioma
site-menu = Menú
site-nav-label = Principal
site-nav-partners = Encontrar un partner
site-nav-program = Programa
site-nav-statuses = Niveles
site-nav-check = Comprobar requisitos
site-header-search-label = Partners
site-header-search = Buscar partners
site-search-button = Buscar
site-footer-program = { $program } de { $vendor } · versión de las reglas { $version }
site-footer-sitemap = Mapa del sitio

## Not found (site/pages/404.astro)
site-notfound-title = Página no encontrada
site-notfound-description = Esta página no existe.
site-notfound-heading = No encontramos esa página
site-notfound-text = Puede que la dirección tenga un error o que la página se haya movido. También puede que un partner ya no esté en el directorio.
site-notfound-browse = Ver todos los partners
site-notfound-program = Leer cómo funciona el programa
site-notfound-home = Ir a la página de inicio

## Shared
# Words quoted in a sentence: a search, a name.
site-quoted = “{ $text }”

## Home (site/pages/index.astro)
site-home-description = Encuentra cerca de ti un partner { $statuses } certificado de { $vendor } y descubre cómo funciona el programa de partners.
site-home-heading = Encuentra un partner que conozca el producto
site-home-lead = { $partners } partners { $statuses } certificados en { $countries ->
    [one] un país
   *[other] { $countries } países
} ayudan a las empresas a comprar, poner en marcha y sacar el máximo partido a los productos de { $vendor }.
site-home-search-form = Encontrar un partner
site-home-search-label = Busca por nombre, ciudad, país o servicio
# $examples: search words from the directory, each quoted, as "a, b o c".
site-home-search-examples = Prueba con { $examples }
site-home-search-fallback = Nombre, ciudad, país o servicio
site-home-search-button = Buscar partners
# $link: the link site-home-browse-link.
site-home-browse = O { $link }.
site-home-browse-link = explora todo el directorio
site-home-featured = Partners { $statuses } destacados
site-home-all-of-status = Todos los partners { $status } →
site-home-statuses-heading = El { $program }: { $statuses }
site-home-statuses-text = Toda empresa que se une empieza como { $first }. Los partners suben de nivel a medida que venden, se forman y dan soporte a sus clientes; aquí solo aparecen los partners { $listed }.
site-home-check-link = Comprueba qué nivel puede alcanzar tu empresa
site-home-countries = Partners por país

## The statuses side by side (site/components/StatusCards.astro)
# $percent: the discount, already written out, shown large.
site-status-discount = { $percent } de descuento
# $requirements: what the larger discount takes; $before: the discount until then.
site-status-discount-condition = Cuando se cumpla esto: { $requirements } (antes, { $before })
site-status-listing-none = No aparece en el directorio
site-status-listing-listed = Aparece en el directorio
site-status-listing-featured = Aparece destacado en primer lugar en el directorio
site-status-how-to-get = Cómo conseguirlo
site-status-from = Desde { $status }
site-status-approval = La aprobación de tu solicitud.
site-status-compare = Compara todos los requisitos y beneficios →

## The directory's headings (site/lib/directory.ts): each filter wraps the title so far ($title)
site-directory-title = Encuentra un partner
site-title-partners = Partners
site-title-status-partners = Partners { $status }
site-title-for-service = { $title } de { $service }
site-title-speaking = { $title } que hablan { $language }
# $place: a city, a country, or "city, country".
site-title-in = { $title } en { $place }
site-title-matching = { $title } que coinciden con “{ $text }”
site-title-matching-only = Partners que coinciden con “{ $text }”

## Filter values the directory does not have (site/lib/directory.ts); $value is what was sent
site-filter-country-unlisted = El directorio no tiene ningún partner en { $country }.
site-filter-country-unknown = “{ $value }” no es un código de país (dos letras, como es para España).
site-filter-status-unlisted = Los partners { $status } no aparecen en el directorio.
site-filter-status-unknown = No existe el nivel “{ $value }”.
site-filter-statuses-listed = El directorio muestra los partners { $statuses }.
# $services: the services' ids, as the address writes them.
site-filter-service-unknown = “{ $value }” no es un servicio de los partners (servicios: { $services }).
site-filter-language-unlisted = Ningún partner del directorio trabaja en { $language }.
site-filter-language-unknown = “{ $value }” no es un código de idioma (dos letras, como es para español).
# $param: the address's parameter, as written (country, page…).
site-filter-repeated = { $param } aparece { $count } veces; elige uno.
site-filter-page-unknown = “{ $value }” no es un número de página (1, 2, 3…).
site-filter-page-past = No existe la página { $page }: esta lista tiene { $pages ->
    [one] una página
   *[other] { $pages } páginas
}.

## Directory pages (site/pages/partners/)
site-directory-intro = Partners certificados que venden, ponen en marcha y dan soporte a los productos.
site-directory-intro-featured = Partners certificados que venden, ponen en marcha y dan soporte a los productos. Los partners { $statuses } aparecen primero.
site-directory-description = Busca entre { $count } partners certificados por país, servicio e idioma.
# A further page of a list: "Encuentra un partner, página 2".
site-title-page = { $title }, página { $page }
site-directory-page-description = Partners certificados, página { $page } de { $pages }.
# $title: the list's heading ("Partners en Alemania").
site-state-description = { $count ->
    [one] Un partner certificado
   *[other] { $count } partners certificados
}: { $title }.
site-state-page-description = { $count } partners certificados, página { $page } de { $pages }.
site-search-description = { $count ->
    [one] Un partner
   *[other] { $count } partners
}: { $title }.
site-search-problem-title = No se pudo mostrar esta lista
site-search-problem-description = Un filtro de esta dirección pide algo que el directorio no tiene.

## The directory (site/components/DirectoryView.astro)
site-request-link = Solicitar una implementación
site-request-link-hint = Describe tu proyecto una sola vez: te contactarán los partners que encajen.
site-filter-form = Filtrar partners
site-filter-search = Buscar
site-filter-search-placeholder = Nombre, ciudad, servicio…
site-filter-label-country = País
site-filter-label-status = Nivel
site-filter-label-service = Servicio
site-filter-label-language = Idioma
site-filter-all-country = Todos los países
site-filter-all-status = Todos los niveles
site-filter-all-service = Todos los servicios
site-filter-all-language = Todos los idiomas
# An option of a filter with the number of partners it shows: "Alemania (3)".
site-filter-option = { $label } ({ $count })
site-filter-submit = Mostrar partners
site-filter-clear = Quitar todos
site-filter-active = Filtros activos
# Read after a filter's name on the button that removes it.
site-filter-remove = quitar
site-results-count = { $count ->
    [0] Ningún partner coincide
    [one] 1 partner
   *[other] { $count } partners
}
site-results-showing = , se muestran del { $from } al { $to }
# $suggestion: the corrected search, as a link.
site-did-you-mean = ¿Quisiste decir { $suggestion }?
site-results-widened = Ningún partner coincide con todas las palabras de “{ $text }”, así que te mostramos los que coinciden con alguna.
site-results-none = Ningún partner cumple todo eso
site-results-none-hint = Prueba con menos filtros o con otra palabra. También puedes:
site-results-remove = Quitar “{ $filter }”
site-results-without-text = Buscar sin “{ $text }”
site-results-every = Ver todos los partners
site-results-partners = Partners
site-pages = Páginas
site-pages-previous = ← Anterior
site-pages-next = Siguiente →
site-search-problem-without = Mostrar la lista sin ese filtro

## A partner in a list (site/components/PartnerCard.astro) and on its page
site-partner-place = { $city }, { $country }
site-partner-services = Servicios
site-partner-more-services = +{ $count } más
site-breadcrumb = Ruta de navegación
# $status: the partner's status, shown as a badge.
site-partner-heading-place = { $city }, { $country } · partner { $status }
site-partner-about = Acerca de
site-partner-languages = Idiomas
# Above a description written in another language than the page's; $language: its name ("alemán").
site-partner-description-language = Escrito en { $language }
site-partner-contact = Contacto
site-partner-website = Sitio web
site-partner-email = Correo electrónico
site-partner-phone = Teléfono
site-partner-address = Dirección
site-partner-ask = Preguntar a este partner
site-partner-ask-hint = Envía tu proyecto a { $partner }: lo verá antes que nadie, y otros partners que encajen también podrán hacerte una oferta.
site-partner-checked = El fabricante verifica a los partners { $status } y los revisa cada año.
site-partner-more-of-status = { $count ->
    [one] { $count } partner { $status } más en { $country }
   *[other] { $count } partners { $status } más en { $country }
}
site-partner-more = { $count ->
    [one] { $count } partner más en { $country }
   *[other] { $count } partners más en { $country }
}

## Docs pages (site/components/DocsPage.astro, site/lib/markdown.ts)
site-docs-nav = Documentación del programa
site-docs-toc = En esta página
# Above a page shown in English because Spanish has no translation of it yet; $language: the language's name in itself ("español").
site-docs-untranslated = Esta página aún no está traducida al { $language }.
# $updated and $effective are days (YYYY-MM-DD); $edit: the link site-docs-edit.
site-docs-footer = Última actualización: { DAY($updated) } · Versión de las reglas { $version }, vigente desde el { DAY($effective) } · { $edit }
site-docs-edit = Editar esta página
site-docs-pager = Página anterior y siguiente
site-docs-previous = Anterior
site-docs-next = Siguiente
# Read after a heading's own link: "Enlace a “Revisión anual”".
site-heading-link = Enlace a “{ $heading }”
site-table-named = Tabla: { $headers }
site-table = Tabla

## The eligibility calculator (site/pages/check.astro, site/lib/check-form.ts)
site-form-unreadable = No se pudo leer el formulario. Vuelve a completarlo, por favor.
site-check-title = Comprueba qué nivel puedes alcanzar
site-check-description = Responde unas pocas preguntas para ver a qué nivel puede optar tu empresa y qué le falta todavía.
site-check-intro = Cuéntanos en qué punto está tu empresa. Te responde el mismo motor de reglas que gestiona el programa: a qué puedes optar y qué te falta todavía.
site-check-status = Tu nivel actual
site-check-sales = Ventas { $months ->
    [one] del último mes
   *[other] de los últimos { $months } meses
}
# $currencies: the program's currencies, as a list ("USD y EUR").
site-check-sales-hint = Lo que pagaste en la tienda después de tu descuento; los importes en { $currencies } cuentan uno a uno. No incluyas las compras para tu propia empresa ni para una empresa vinculada.
site-check-since = De ellas, desde que alcanzaste tu nivel actual
site-check-optional = (opcional)
site-check-since-hint = Cuenta para conservar tu nivel. Déjalo vacío si son todas.
# $statuses: the statuses whose entry counts only sales made at the status below.
site-check-since-hint-next = Cuenta para conservar tu nivel y, en el caso de { $statuses }, para subir al siguiente. Déjalo vacío si son todas.
site-check-clients = Clientes distintos a los que has vendido
site-check-courses = Cursos completados
site-check-endorsements = Dónde promocionas los productos
site-check-endorse-website = En nuestro sitio web
site-check-endorse-social = En nuestras redes sociales
site-check-extras = Qué más has hecho
site-check-first-line-support = Damos a los clientes soporte de primer nivel por correo electrónico y teléfono
site-check-nfr-cloud = Hemos solicitado nuestra suscripción NFR en la nube
site-check-case-study = Hemos enviado un caso de éxito
site-check-marketing-plan = Hemos enviado un plan de marketing
site-check-product-presentation = Hemos hecho una presentación del producto (webinar o grabación)
site-check-submit = Comprobar
site-check-placeholder = Aquí aparecerá tu respuesta
site-check-placeholder-hint = Completa el formulario y pulsa Comprobar.
site-check-errors = Algunas respuestas necesitan un repaso
# $typed: what was typed; $first and $second: its two readings, written so they cannot be misread.
site-check-ambiguous = “{ $typed }” se puede leer de dos maneras: ¿quisiste decir { $first } o { $second }? Escribe la que querías.
site-check-status-missing = Elige tu nivel actual.
site-check-sales-missing = Indica tus ventas { $months ->
    [one] del último mes
   *[other] de los últimos { $months } meses
}, o 0.
# $example: an amount written plainly, like 2500.
site-check-sales-invalid = Indica tus ventas { $months ->
    [one] del último mes
   *[other] de los últimos { $months } meses
} con un número igual o mayor que 0, como { $example }.
site-check-since-invalid = Indica tus ventas desde que alcanzaste tu nivel con un número igual o mayor que 0, como { $example }.
site-check-since-too-much = Esta cifra es parte de tus ventas { $months ->
    [one] del último mes
   *[other] de los últimos { $months } meses
}, así que no puede ser mayor.
site-check-clients-invalid = Indica el número de clientes con un número entero, como 3.

## La respuesta de la calculadora (site/pages/check.astro, site/components/RequirementList.astro)
site-check-qualifies = Cumples los requisitos de { $status }
site-check-not-yet = Todavía no { $status }
site-check-top = Ya tienes el nivel más alto
site-check-discount = Como partner { $status }, tu descuento es del { $percent }.
site-check-discount-now = Como partner { $status }, tu descuento es ahora del { $percent }
site-check-discount-later = { $count ->
    [one] el { $percent } cuando completes esto: { $requires }
   *[other] el { $percent } cuando completes esto: { $requires }
}
site-check-ready = Tienes todo lo necesario para { $status }: solicita el cambio de nivel.
site-check-still-need = Para { $status } te faltan { $missing } de { $total }:
site-check-keep-probation = Para mantener { $status }, en los { $days } días siguientes a la aprobación
site-check-keep-review = Para mantener { $status } en tu revisión anual
site-check-keep-review-note = Se cuenta desde que alcanzaste { $status }; la revisión llega { $months } meses después (aquí suponemos el { DAY($date) }).
site-check-how-statuses = Cómo funcionan los niveles
site-requirement-met = (cumplido)
site-requirement-missing = (pendiente)
site-requirement-progress = { $current } de { $target }
site-requirement-lacking = Falta: { $what }
site-statuses-scroll-hint = Desplaza la tabla hacia el lado para ver todos los niveles →

## Implementation requests: the form (site/pages/request/index.astro, site/lib/request-text.ts)
site-request-title = Solicitar una implementación
site-request-description = Cuéntanos qué necesitas: tu solicitud llega a los partners que trabajan en tu país y lo ofrecen, y algunos de ellos te contactan.
# $max: how many partners can take one request.
site-request-intro = Cuéntanos qué necesitas. Tu solicitud llega a los partners que trabajan en tu país y lo ofrecen; hasta { $max ->
    [one] { $max } partner puede aceptarla y contactarte
   *[other] { $max } partners pueden aceptarla y contactarte
} con una oferta. Es gratis y no te compromete a nada.
site-request-addressed = { $partner } recibe tu solicitud antes que nadie.
site-request-not-listed = El partner del enlace no está en el directorio; tu solicitud llegará a todos los partners que encajen.
site-request-consent = He leído el aviso de privacidad y acepto que mi solicitud y mis datos de contacto se guarden y se transmitan como allí se describe.
site-request-consent-missing = Marca la casilla para aceptar el aviso de privacidad: sin ella no podemos transmitir tu solicitud.
site-request-privacy-link = aviso de privacidad
site-request-submit = Enviar mi solicitud
site-request-choose = Elige…
site-request-honeypot = Deja este campo vacío
site-request-summary = { $count ->
    [one] { $count } campo necesita un repaso
   *[other] { $count } campos necesitan un repaso
}
site-request-field-name = Tu nombre
site-request-field-name-missing = Escribe tu nombre.
site-request-field-company = Empresa
site-request-field-company-missing = Escribe el nombre de tu empresa.
site-request-field-email = Correo electrónico
site-request-field-email-hint = Solo lo ven los partners que acepten tu solicitud.
site-request-field-email-missing = Escribe tu dirección de correo electrónico.
site-request-field-phone = Teléfono (opcional)
site-request-field-phone-hint = Con el prefijo del país, o tal como lo marcas en tu país.
site-request-field-phone-missing = Escribe un número de teléfono al que puedan llamarte los partners, o déjalo vacío.
site-request-field-country = País
site-request-field-country-hint = Tu solicitud llega a los partners que trabajan en este país.
site-request-field-country-missing = Elige tu país.
site-request-field-country-unknown = Elige tu país de la lista.
site-request-field-city = Ciudad
site-request-field-city-missing = Escribe tu ciudad.
site-request-field-kind = Qué necesitas
site-request-field-kind-missing = Elige qué necesitas.
site-request-field-kind-unknown = Elige qué necesitas de la lista.
site-request-field-language = Idioma preferido
site-request-field-language-hint = El idioma en que te gustaría hablar con los partners.
site-request-field-language-missing = Elige un idioma.
site-request-field-language-unknown = Elige un idioma de la lista.
site-request-field-description = Describe tu proyecto
site-request-field-description-hint = Qué usas hoy, cuántas personas, qué debería cambiar. Los partners lo leen antes de aceptar tu solicitud, así que no incluyas aquí tu correo electrónico ni tu teléfono.
site-request-field-description-missing = Describe qué necesitas.
site-request-too-long = Usa como máximo { $max } caracteres; este texto tiene { $length }.
site-request-too-short = Cuéntales un poco más a los partners: al menos { $min } caracteres.
site-request-email = Escribe una dirección de correo electrónico como nombre@empresa.com.
site-request-phone = Escribe un número de teléfono al que puedan llamarte los partners, como +34 910 555 123, o déjalo vacío.
site-request-one-line = Escríbelo en una sola línea.
site-request-contact-in-description = No incluyas tu correo electrónico ni tu teléfono en la descripción: los partners la leen antes de aceptar tu solicitud y solo reciben tus datos de contacto cuando la aceptan.
site-request-robot = Esta solicitud no se envió porque parecía automática. Si eres una persona, vuelve a cargar la página y complétala de nuevo, dejando vacío el último campo oculto.
site-request-too-fast = Eso ha sido más rápido de lo que escribe una persona: revisa tu solicitud y vuelve a enviarla.
site-request-stale = Este formulario es demasiado antiguo o viene de otro sitio. Hemos conservado lo que escribiste: revísalo y vuelve a enviarlo.
site-request-rate-limited = Has enviado { $count ->
    [one] { $count } solicitud
   *[other] { $count } solicitudes
} en la última hora, el máximo que aceptamos desde una misma dirección. Vuelve a intentarlo más tarde.
site-request-unavailable = En este momento no podemos recibir solicitudes. Vuelve a intentarlo en unos minutos.

## Implementation requests: the private page (site/pages/request/[token].astro); $until, $on: days, already written out
site-request-private-title = Tu solicitud { $reference }
site-request-private-description = La página privada de tu solicitud de implementación.
site-request-sent = Gracias: hemos recibido tu solicitud.
site-request-keep-link = Esta página es tu enlace privado a la solicitud. Guárdala en favoritos o copia la dirección: es la única forma de volver aquí, y cualquiera que la tenga puede modificar la solicitud, así que no la compartas con nadie.
site-request-reference = Referencia
site-request-sent-on = Enviada el
site-request-what = Qué necesitas
site-request-where = Dónde
site-request-language = Idioma
site-request-state = En qué punto está
site-request-waiting = Está en camino hacia los partners.
site-request-offered = { $count ->
    [one] Se envió a { $count } partner que trabaja en tu país y ofrece lo que necesitas.
   *[other] Se envió a { $count } partners que trabajan en tu país y ofrecen lo que necesitas.
}
site-request-nobody = Todavía ningún partner acepta este tipo de solicitudes de tu país; seguirá abierta hasta el { $until } por si aparece alguno.
site-request-none-yet = Todavía ningún partner la ha aceptado. Los partners pueden aceptarla hasta el { $until }.
# $max: how many partners can take one request.
site-request-taken = { $count ->
    [one] { $count } partner la ha aceptado
   *[other] { $count } partners la han aceptado
} (pueden hacerlo como máximo { $max }) y { $count ->
    [one] te contactará:
   *[other] te contactarán:
}
site-request-open = Los partners pueden aceptarla hasta el { $until }.
site-request-full = Ya no pueden aceptarla más partners.
site-request-closed-withdrawn = La retiraste el { $on }: ya no pueden aceptarla más partners.
site-request-closed-chosen = Nos indicaste tu elección el { $on }.
site-request-closed-expired = Se cerró el { $on }: terminó el plazo para aceptarla.
# $stop: a full stop, or nothing when the name ends in one already ("Lakeshore Workflow Inc.").
site-request-chosen-partner = Elegiste a { $name }{ $stop }
site-request-choose-title = ¿Qué partner elegiste?
site-request-choose-hint = Cuando lo hayas decidido, cuéntanoslo: nos ayuda a enviar las solicitudes a los partners que eligen los clientes.
site-request-choose-button = Esta es mi elección
site-request-choose-none = Elige uno de los partners de arriba.
site-request-withdraw-title = Retirar la solicitud
site-request-withdraw-hint = Ya no podrán aceptarla más partners. Los que ya la aceptaron conservan tus datos de contacto hasta que se borren.
site-request-withdraw-button = Retirar mi solicitud
site-request-erase-title = Borrar tus datos de contacto
site-request-erase-hint = Tu nombre, tu empresa, tu correo electrónico, tu teléfono y tu descripción se borran { $days ->
    [one] { $days } día
   *[other] { $days } días
} después de que se cierre la solicitud. Si prefieres, bórralos ahora: los partners que todavía no la han aceptado ya no podrán hacerlo, y los que la aceptaron dejarán de verlos aquí.
site-request-erase-button = Borrar ahora mis datos de contacto
site-request-erased = Tus datos de contacto se borraron el { $on }.
site-request-done-withdrawn = Has retirado tu solicitud.
site-request-done-chosen = Gracias por contárnoslo.
site-request-done-erased = Tus datos de contacto están borrados.
site-request-not-found = Este enlace no abre ninguna solicitud
site-request-not-found-text = Comprueba que copiaste la dirección completa. Solo se puede llegar a una solicitud con el enlace privado que se mostró al enviarla.
site-request-partner-page = página del partner

## Problem pages of the server, before any page is rendered (site/server/problem.ts)
site-problem-error = Error { $status }.
site-problem-home = Inicio
site-problem-too-long-title = Esta dirección es demasiado larga
site-problem-too-long-detail = Las direcciones de este sitio tienen como máximo { $max } caracteres.
site-problem-bad-escape-title = No se pudo leer esta dirección
site-problem-bad-escape-detail = Tiene un código de escape % incorrecto. Revisa el enlace o vuelve a empezar desde la página de inicio.
site-problem-too-many-params-title = Esta dirección tiene demasiados parámetros
site-problem-too-many-params-detail = Una búsqueda en este sitio admite como máximo { $max } parámetros.
site-problem-method-title = Este método no está permitido aquí
# $post: yes where a form posts to this address.
site-problem-method-detail = { $post ->
    [yes] Esta dirección solo responde a solicitudes GET, HEAD y POST.
   *[no] Esta dirección solo responde a solicitudes GET y HEAD.
}
site-problem-form-type-title = No se pudo leer el envío de este formulario
site-problem-form-type-detail = Envía el formulario desde la propia página, con sus campos como un formulario web.
site-problem-too-many-fields-title = Este formulario tiene demasiados campos
site-problem-too-many-fields-detail = Un formulario de este sitio tiene como máximo { $max } campos. Vuelve a cargar la página y complétalo de nuevo.
site-problem-too-large-title = El envío de este formulario es demasiado grande
site-problem-too-large-detail = Un formulario de este sitio envía como máximo { $kilobytes } KB. Acorta lo que escribiste y vuelve a enviarlo.
site-problem-loading-title = El sitio se está actualizando
site-problem-loading-detail = El directorio de partners no está disponible por un momento. Vuelve a intentarlo en un minuto.
site-problem-failed-title = Algo ha fallado por nuestra parte
site-problem-failed-detail = Vuelve a intentarlo en un momento.
