# The Telegram bot's messages in Spanish (neutral: Spain and Latin America), in the terms of
# content/docs/es/: "nivel", "partner", "fabricante", "panel de partner", "gestor de partners",
# "ficha de partner", "NFR", "bono Kickstart", "leads", "valoración"; the reader is addressed with "tú".
#
# Telegram HTML, as in English: <b>, <i>, <code>, <a href="…">; a literal "&", "<" or ">" is
# written &amp;, &lt; or &gt;. Messages named bot-command-*, bot-button-* and those marked
# "plain" are shown as typed: no markup there.

## The command menu (plain)
bot-command-start = Lo que puedo hacer
bot-command-tiers = Los niveles, uno junto a otro
bot-command-check = A qué nivel puedes optar
bot-command-find = Buscar un partner del directorio
bot-command-status = Tu nivel y tu progreso (miembros del equipo)
bot-command-deadlines = Tus próximas fechas (miembros del equipo)
bot-command-reminders = Tus recordatorios de plazos, activados o no (miembros del equipo)
bot-command-leads = Solicitudes de implementación y tu valoración (miembros del equipo)
bot-command-language = Cambiar el idioma en que te escribo
bot-command-help = Comandos y preguntas de ejemplo

## Buttons (plain)
bot-button-tiers = 📊 Niveles
bot-button-check = ✅ Comprobar requisitos
bot-button-find = 🔎 Buscar un partner
bot-button-status = 📈 Mi nivel
bot-button-deadlines = 📅 Mis plazos
bot-button-help = ❓ Ayuda
bot-button-back = « Atrás
bot-button-cancel = ✖ Cancelar
bot-button-again = 🔁 Volver a comprobar
bot-button-yes = Sí
bot-button-no = No
bot-button-zero = Nada (0)
bot-button-all = Todo
bot-button-not-partner = Aún no soy partner
bot-button-any-service = Cualquier servicio
bot-button-other-country = « Otro país
bot-button-other-service = « Otro servicio
bot-button-open-private = 🔒 Abrir un chat privado

## /start and /help
bot-start-welcome =
    👋 ¡Hola! Soy el asistente del <b>{ $program }</b>.

    Puedo mostrarte los niveles de partner, comprobar a cuál puede optar tu empresa, encontrar partners del directorio y responder a tus preguntas sobre las reglas del programa. Pregúntame con tus propias palabras, por ejemplo: “¿Cuánto dura la suscripción NFR?”
bot-start-linked = Tu cuenta está vinculada a <b>{ $partner }</b>: /status muestra en qué punto estás, y /deadlines, tus próximas fechas.
bot-help-commands =
    <b>Lo que puedo hacer</b>
    /tiers — los niveles, uno junto a otro
    /check — a qué nivel puedes optar y qué te falta
    /find — partners del directorio por país y servicio
    /status — tu nivel y tu progreso (miembros del equipo de un partner)
    /deadlines — tus próximas fechas (miembros del equipo de un partner)
    /reminders — tus recordatorios de plazos, activados o no (miembros del equipo de un partner)
    /leads — solicitudes de implementación de clientes y tu valoración (miembros del equipo de un partner)
    /language — el idioma en que te escribo
bot-help-admin =
    /reload — volver a leer el contenido ahora
    /stats — cifras de uso
    /reminders status — qué enviaron los recordatorios y qué falló
    /leads stats — solicitudes de implementación por país y por tipo
# $examples: the example questions below, one a line.
bot-help-ask =
    O hazme una pregunta sobre el programa, como:
    { $examples }
bot-help-example-nfr = ¿Cuánto dura la suscripción NFR?
bot-help-example-discount = ¿Qué descuento tiene { $status }?
bot-help-example-bonus = ¿Puedo pagar una renovación on-premise con un bono?
# $docs: a link whose text is bot-help-docs-name.
bot-help-source = Mis respuestas se basan en { $docs }.
bot-help-docs-name = la documentación del programa

## /language
bot-language-choose = ¿En qué idioma quieres que te escriba?
bot-language-set = A partir de ahora te escribo en { $language }.
# plain
bot-language-expired = Este botón ha caducado. Envía /language para volver a elegir.

## A partner's own data, and who may see it
bot-privacy-private-only = 🔒 Solo muestro los datos de un partner en un chat privado conmigo. Pulsa abajo para abrir uno.
bot-privacy-not-linked =
    Tu cuenta de Telegram no está vinculada a ningún partner.

    Para vincularla, pide a tu gestor de partners que añada tu ID de usuario de Telegram <code>{ $userId }</code> a la ficha de partner de tu empresa (la lista <code>program.telegram</code>). Mientras tanto, /tiers, /check y /find funcionan para todo el mundo, y puedes preguntarme lo que quieras sobre el programa.

## /tiers: the statuses side by side
bot-tiers-title = <b>Los { $count } niveles de partner</b>
# The rows of the table of key figures (plain, in a fixed-width table).
bot-tiers-row-discount = Descuento
bot-tiers-row-directory = Directorio
bot-tiers-row-nfr-cloud = NFR nube
bot-tiers-row-nfr-keys = Claves NFR
bot-tiers-row-entry = Para llegar
bot-tiers-row-keep = Para seguir
bot-tiers-listing-none = —
bot-tiers-listing-listed = Aparece
bot-tiers-listing-featured = Destacado
bot-tiers-nothing = —
# $medal: 🥉, 🥈, 🥇 or ⭐.
bot-tiers-status = { $medal } <b>{ $status }</b> — { $summary }
bot-tiers-how-to-get = <i>Cómo conseguirlo:</i> { $items }
bot-tiers-to-keep = <i>Para conservarlo:</i> { $items }
bot-tiers-discount = <i>Descuento:</i> { $items }
bot-tiers-benefits = <i>Beneficios:</i>
bot-tiers-on-approval = La aprobación de tu solicitud
bot-tiers-probation = En un plazo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } desde la aprobación: { $items }
bot-tiers-by-review = { $item }, en cada revisión anual
bot-tiers-discount-after = { PERCENT($percent) } después de: { $items }
bot-tiers-footer = Todos los detalles: { $docs }. Envía /check para ver en qué punto está tu empresa.

## /check: the eligibility check
# $total is 0 for the first question, before the number of questions is known.
bot-check-title = <b>Comprobación de requisitos</b> · pregunta { $step }{ $total ->
        [0] {""}
       *[other] {" "}de { $total }
    }
bot-check-status = ¿Qué nivel tiene hoy tu empresa en el programa?
# $example: a figure from the rules, written as it would be typed.
bot-check-amount =
    ¿Cuánto vendiste { $months ->
        [one] el último mes
       *[other] en los últimos { $months } meses
    }?

    Cuenta lo que pagaste en la tienda por las compras de tus clientes, después de tu descuento; no incluyas las compras para tu propia empresa ni para una empresa vinculada. Envía un número, como <code>{ $example }</code>.
bot-check-part = ¿Y cuánto de eso desde que llegaste a { $status }, o desde tu última revisión anual si ya tuviste una? Envía un número o pulsa un botón.
bot-check-count = ¿A cuántos clientes distintos les has vendido? Envía un número, como <code>{ $example }</code>.
bot-check-ask-course = ¿Has completado el { $course }?
bot-check-ask-endorsement-website = ¿Promocionas los productos en tu sitio web?
bot-check-ask-endorsement-social = ¿Promocionas los productos en tus redes sociales?
bot-check-ask-first-line-support = ¿Das a tus clientes soporte de primer nivel por correo electrónico y por teléfono?
bot-check-ask-case-study = ¿Has enviado un caso de éxito de un proyecto reciente?
bot-check-ask-marketing-plan = ¿Has enviado un plan de marketing a medio plazo?
bot-check-ask-product-presentation = ¿Has hecho una presentación del producto (un webinar o una grabación)?
bot-check-ask-nfr-cloud = ¿Has solicitado tu suscripción NFR en la nube?
bot-check-not-a-number = Envía un número, como <code>{ $example }</code> (o 0), por favor. Para detener la comprobación, pulsa Cancelar.
bot-check-ambiguous = “{ $typed }” se puede leer de dos maneras: ¿quisiste decir <code>{ $grouped }</code> o <code>{ $decimal }</code>? Envía la que querías, por favor.
bot-check-cancelled = Comprobación cancelada. Envía /check para empezar de nuevo.
# plain
bot-check-expired = Este botón ha caducado: esa comprobación terminó o volvió a empezar. Envía /check para empezar una nueva.
# plain
bot-check-rules-changed = Las reglas del programa cambiaron después de que empezaras. Envía /check para empezar de nuevo.
bot-check-in-group = Hagamos la comprobación en un chat privado, para que tus respuestas queden entre nosotros.
bot-check-result-title = <b>Tu comprobación de requisitos</b> como partner { $status }
bot-check-qualifies = 🎉 Puedes optar a <b>{ $next }</b>: cumples todos los requisitos. Solicita el cambio de nivel en el panel de partner.
bot-check-discount = Tu descuento: <b>{ PERCENT($percent) }</b>
bot-check-answers-note = Según lo que has respondido hoy; tu gestor de partners confirma las cifras reales.

## /check for someone not a partner yet
bot-prospect-title = <b>Cómo ser partner</b>
# $range: whether the review takes from $reviewMin to $reviewMax days (false when both are the same).
bot-prospect-steps =
    1. Envía el formulario de solicitud del sitio web de partners. El fabricante lo revisa en un plazo de { $range ->
        [true] entre { $reviewMin } y { $reviewMax }
       *[false] { $reviewMax }
    } { $reviewMax ->
        [one] día hábil
       *[other] días hábiles
    } y te explica por correo electrónico cómo completar el registro.
    2. Introduce los datos legales y los documentos de tu empresa en el panel de partner. La verificación tarda hasta { $verificationMax ->
        [one] { $verificationMax } día hábil
       *[other] { $verificationMax } días hábiles
    }.
    3. Cuando te aprueben, empiezas como <b>{ $lowest }</b>, el primer nivel.
bot-prospect-probation = <b>Para conservar { $status }</b>, en un plazo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } desde la aprobación:
bot-prospect-maintain = <b>Para conservar { $status }</b>, en cada revisión anual:
bot-prospect-gives = <b>Qué te da { $status }</b>
bot-prospect-discount = { PERCENT($percent) } de descuento en la tienda
bot-prospect-once = { $what }, cuando se cumpla: { $items }
bot-prospect-docs =
    Cómo presentar la solicitud: { $apply }
    Todo sobre los niveles: { $status }

## /status: where a linked partner stands
bot-standing-headline = <b>{ $status }</b> desde el { DAY($since) } · { PERCENT($discount) } de descuento
# $missing: bot-standing-cancelled-missing, or nothing.
bot-standing-cancelled = ⛔ <b>Nivel { $status } cancelado</b>: el { DAY($date) } no se cumplían los requisitos{ $missing }. Tu participación en el programa ha terminado, y con ella sus beneficios.
bot-standing-cancelled-missing = {" "}(faltaba: { $items })
# $reason: bot-standing-moved-down-reason, or nothing.
bot-standing-moved-down = Bajaste de { $from } a { $to } en la revisión anual del { DAY($date) }{ $reason }.
bot-standing-moved-down-reason = : no se alcanzó el objetivo anual ({ $figures })
bot-standing-missed-figure = { MONEY($current) } de { MONEY($target) } en ventas
bot-standing-keep-probation = <b>Para conservar { $status }</b>, a más tardar el { DAY($date) } ({ $days })
bot-standing-keep-review = <b>Para conservar { $status }</b> en la revisión anual del { DAY($date) } ({ $days })
bot-standing-keep-at-review = <b>Para conservar { $status }</b> en cada revisión anual
bot-standing-keep-within = <b>Para conservar { $status }</b> en un plazo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } desde la aprobación
bot-standing-all-met = ✅ Todo cumplido.
bot-standing-next = <b>Para subir a { $status }</b> · { $met } de { $total } cumplidos
bot-standing-next-again = <b>Para volver a subir a { $status }</b> · { $met } de { $total } cumplidos
bot-standing-qualifies = 🎉 Cumples todos los requisitos de <b>{ $status }</b>: solicita el cambio de nivel en el panel de partner.
bot-standing-qualifies-again = 🎉 Vuelves a cumplir todos los requisitos de entrada de <b>{ $status }</b>, así que puedes volver a subir: solicítalo en el panel de partner.
bot-standing-top = { $status } es el nivel más alto. 🏆
bot-standing-benefits = <b>Tus beneficios</b>
bot-standing-benefit = • { $benefit }
bot-standing-benefit-pending = ◦ { $benefit } (pendiente: { $missing })
bot-standing-progress = <code>{ $bar }</code> { PERCENT($percent) } · { $current } de { $target }
bot-standing-missing = <i>Falta: { $text }</i>
bot-standing-sales-title = <b>Tus ventas computables</b> (lo que pagaste, sin las compras propias o de empresas vinculadas)
# $met: bot-standing-sales-met or nothing; $excluded: bot-standing-sales-excluded or nothing.
bot-standing-sales-keep = • <b>{ MONEY($amount) }</b> desde el { DAY($from) }: cuentan para conservar { $status } en la revisión del { DAY($date) }, que exige { MONEY($target) }{ $met }{ $excluded }
# $as: bot-standing-sales-as or nothing; $months: bot-standing-sales-months or nothing.
bot-standing-sales-next = • <b>{ MONEY($amount) }</b>{ $as }{ $months } (desde el { DAY($from) }): cuentan para alcanzar { $status }, que exige { MONEY($target) }{ $met }{ $excluded }
bot-standing-sales-as = {" "}como partner { $status }
bot-standing-sales-months = {" "}{ $months ->
        [one] en el último mes
       *[other] en los últimos { $months } meses
    }
bot-standing-sales-met = {" "}✅
bot-standing-sales-excluded = {" "}(no cuentan { MONEY($amount) } de compras propias o de empresas vinculadas)
bot-standing-next-steps-title = <b>Qué puedes hacer ahora</b>
bot-standing-next-step = • { $text }
bot-standing-next-steps-docs = Qué significa la cancelación: { $docs }
bot-standing-next-deadline = Próximo plazo: <b>{ $name }</b>, el { DAY($date) } ({ $days }). Todas las fechas: /deadlines

## /deadlines
bot-deadlines-title = <b>Próximos plazos de { $partner }</b>
bot-deadlines-none = <b>{ $partner }</b> no tiene plazos próximos. 🎉
bot-deadlines-cancelled = <b>{ $partner }</b> ya no tiene plazos: su nivel { $status } se canceló porque el { DAY($date) } no se cumplían los requisitos.
# How far away a day is (plain): $days is 0 for today.
bot-days = { $days ->
        [0] hoy
        [1] mañana
       *[other] en { $days } días
    }
bot-deadlines-day = 📅 <b>{ DAY($date) }</b> · { $days }
bot-deadlines-day-done = 📅 <b>{ DAY($date) }</b> · { $days } · ✅ cumplido
bot-deadlines-what = <b>{ $name }</b>: { $subject }
bot-deadlines-todo = Qué hacer: { $todo }
bot-deadlines-if-missed = Si no se cumple: { $consequence }
bot-deadlines-on-that-day = Ese día: { $consequence }
bot-deadlines-more = Más información: { $docs }

## Advice: what a partner can do that the program data cannot show as done
bot-advice-line = 💡 Consejo: { $items }
bot-advice-use-bonus = si aún no lo has gastado entero, úsalo en pedidos para clientes nuevos
# $eligible: whether the partner meets what the kickstart bonus asks for.
bot-advice-apply-for-bonus = { $eligible ->
        [true] cumples lo que exige: si aún no lo has solicitado, solicítalo
       *[false] cuando lo hayas hecho, solicítalo
    }
bot-advice-contact-partner-department = Habla con el departamento de partners de { $vendor } sobre tu participación.
bot-advice-apply-again = O envía una nueva solicitud para volver a unirte al programa: { $docs }

## Deadline reminders
bot-reminder-title = ⏰ <b>{ $name }</b> · { $days }
bot-reminder-subject = { $subject } ({ $partner })
bot-reminder-subject-many = { $count } × { $name } ({ $partner })
# The deadline's day, worded for its kind: an expiry is not something that is due.
bot-reminder-day-due = 📅 Fecha límite: <b>{ DAY($date) }</b>
bot-reminder-day-expires = ⌛ Caduca el <b>{ DAY($date) }</b>
bot-reminder-day-suspension = 📅 Posible suspensión a partir del <b>{ DAY($date) }</b>
bot-reminder-missing = Todavía falta: { $items }
bot-reminder-item = • { $subject }
bot-reminder-item-missing = • { $subject }: { $missing }
bot-reminder-more-items = … y { $count } más
bot-reminder-consequence = Si no se cumple: { $text }
# What happens on the day, when there is nothing to do about it.
bot-reminder-fact = Ese día: { $text }
bot-reminder-docs = 📖 { $link }
bot-reminder-stop-kind = 🔕 Desactivar estos recordatorios
bot-reminder-start-kind = 🔔 Volver a activarlos
bot-reminder-settings = ⚙️ Todos los recordatorios
# plain
bot-reminder-stopped = Recordatorios desactivados: { $name }. Envía /reminders para volver a activarlos.
# plain
bot-reminder-started = Recordatorios activados de nuevo: { $name }.
# A reminder button pressed by someone linked to no partner (plain).
bot-reminder-none-to-change = No tienes recordatorios que { $on ->
        [true] activar
       *[false] desactivar
    }: solo envío recordatorios a los miembros del equipo de un partner.
# plain
bot-reminder-all-stopped = Todos los recordatorios están desactivados.
# plain
bot-reminder-all-started = Todos los recordatorios están activados.
bot-reminders-title = <b>Recordatorios de plazos de { $partner }</b>
# $exceptions: the kinds with their own days, or nothing.
bot-reminders-when = Los envío a las { $hour } ({ $zone }), { $offsets } antes de cada plazo que aún no se haya cumplido{ $exceptions }.
bot-reminders-exceptions = {" "}({ $items })
# How many days before (plain): $days lists them ("30, 7 y 1"); $count is the number the unit
# agrees with (the only one, or how many there are).
bot-reminders-offsets = { $days } { $count ->
        [one] día
       *[other] días
    }
bot-reminders-exception = { $name }: { $offsets }
bot-reminders-coming-title = <b>Próximamente</b>
bot-reminders-coming = • { DAY($date) }, { $time }: { $name } (vence el { DAY($deadline) }){ $off }
bot-reminders-coming-outcome = • { DAY($date) }, { $time }: { $name } <code>{ $reference }</code>{ $off }
bot-reminders-coming-off = {" "}· 🔕 desactivado
bot-reminders-more = … y { $count } más
bot-reminders-nothing = Nada próximamente: ningún plazo pendiente está lo bastante cerca para un recordatorio.
bot-reminders-all-off = 🔕 Todos los recordatorios están desactivados.
bot-reminders-some-off = 🔕 Desactivados: { $names }
bot-reminders-tap = Pulsa un tipo para desactivar sus recordatorios (🔔 → 🔕) o volver a activarlos.
bot-reminders-kind-on = 🔔 { $name }
bot-reminders-kind-off = 🔕 { $name }
bot-reminders-all-off-button = 🔕 Desactivar todos
bot-reminders-all-on-button = 🔔 Activar todos
# /reminders status, for admins. $waiting: bot-reminders-status-waiting or nothing.
bot-reminders-status =
    <b>Recordatorios</b> · { $mode }
    Pendientes ahora: { $due }{ $waiting }
    Más adelante: { $upcoming } · enviándose: { $sending }
    Enviados: { $sent } · fallidos: { $failed } · sin poder entregarse: { $unreachable }
    Caducados: { $expired } · cancelados: { $cancelled } · omitidos: { $skipped }
bot-reminders-status-waiting = {" "}(y { $count } a la espera de usuarios que no han abierto el bot o lo han bloqueado)
bot-reminders-status-on = activados, a las { $hour } hora local, hasta { $perSecond } mensajes por segundo
bot-reminders-status-off = desactivados (REMINDERS=off)
bot-reminders-failures-title = <b>Últimos fallos</b>
bot-reminders-failure = • { $at } · usuario { $userId } · { $name }: { $reason }

## Implementation requests
# A new request, as every offered partner's team reads it: never the contact details.
bot-leads-offer-head =
    📥 <b>Nueva solicitud de implementación</b> · <code>{ $reference }</code>
    🧩 { $kind }
    📍 { $city }, { $country } · 🗣 { $language }
bot-leads-offer-addressed = ⭐ El cliente pidió a tu empresa en primer lugar.
# $taken: bot-leads-offer-taken or nothing.
bot-leads-offer-reserve = Resérvala para recibir los datos de contacto del cliente. Pueden hacerlo hasta { $max ->
        [one] { $max } partner
       *[other] { $max } partners
    }{ $taken }. Abierta hasta el { DAY($until) }.
bot-leads-offer-taken = ; ya { $taken ->
        [one] lo ha hecho { $taken }
       *[other] lo han hecho { $taken }
    }
bot-leads-reserve-button = ✋ Reservar
bot-leads-reserve-ref-button = ✋ Reservar { $reference }
bot-leads-won-button = 🏆 Ganada
bot-leads-lost-button = ✖ Perdida
bot-leads-won-ref-button = 🏆 Ganada { $reference }
bot-leads-lost-ref-button = ✖ Perdida { $reference }
bot-leads-list-button = 📋 Mis solicitudes
# The contact details, for a partner that reserved the request.
bot-leads-reserved-already = 📇 <b>{ $partner } reservó <code>{ $reference }</code></b> (puesto { $position } de { $max } como máximo).
bot-leads-reserved = ✅ <b>Reservada para { $partner }: <code>{ $reference }</code></b>. Tienes el puesto { $position } de { $max } como máximo.
bot-leads-contact-name = 👤 <b>{ $name }</b>, { $company }
bot-leads-contact-email = ✉️ { $email }
bot-leads-contact-phone = 📞 { $phone }
bot-leads-contact-request = 🧩 { $kind } · 📍 { $city }, { $country } · 🗣 { $language }
bot-leads-description = <i>{ $description }</i>
bot-leads-erased-details = Los datos de contacto del cliente de <code>{ $reference }</code> se borraron el { DAY($date) }, como exigen las normas de privacidad del programa.
# Section 5.1 of the rules, sent with the contact details.
bot-leads-fair-use = <b>Uso leal de estos datos.</b> Úsalos para responder a este cliente sobre esta solicitud y respeta su elección. Nunca los uses para correos masivos, SMS masivos ni ningún otro mensaje no solicitado, ni para ofrecer productos que compitan con los del fabricante, y nunca se los pases a nadie. El fabricante puede preguntar al cliente por tu servicio. Las prácticas desleales pueden costarte tu nivel o tu acceso a las solicitudes. { $docs }
bot-leads-tell-outcome = Cuando sepas cómo ha ido, dímelo con los botones de abajo: de eso depende tu valoración.
# Answers to a Reserve button (plain: they show as a notice).
bot-leads-taken = Esta solicitud ya está ocupada: { $max ->
        [one] ya la ha reservado { $max } partner
       *[other] ya la han reservado { $max } partners
    }.
bot-leads-closed-withdrawn = El cliente retiró esta solicitud.
bot-leads-closed-chosen = El cliente ya eligió un partner: esta solicitud está cerrada.
bot-leads-closed-expired = Esta solicitud está cerrada: terminó el plazo para reservarla.
bot-leads-closed-erased = Esta solicitud está cerrada: el cliente borró sus datos de contacto.
bot-leads-limit = Tienes { $count ->
        [one] { $count } solicitud reservada
       *[other] { $count } solicitudes reservadas
    } a la espera de resultado, el máximo que permite una valoración del { PERCENT($rating) }. Dime cómo fue alguna (/leads) y después reserva esta.
bot-leads-unknown = Esta solicitud ya no existe.
bot-leads-not-for-you = Esta solicitud ya no es para { $partner }: han cambiado su nivel, sus ubicaciones o sus servicios.
bot-leads-no-access-short = { $partner } no tiene acceso a las solicitudes de implementación en este momento: /leads explica por qué.
# $needs: bot-leads-no-access-needs or nothing.
bot-leads-no-access = { $partner } no tiene acceso a las solicitudes de implementación en este momento{ $needs }. Las solicitudes llegan a los partners cuyo nivel da acceso a ellas.
bot-leads-no-access-needs = {" "}(requiere: { $items })
# The rating, and what moves it. $next: bot-leads-rating-next or nothing.
bot-leads-rating =
    ⭐ <b>Tu valoración: { PERCENT($percent) }</b> · { $won } ganadas y { $lost } perdidas { $months ->
        [one] en el último mes
       *[other] en los últimos { $months } meses
    }
    Desbloquea { $unlocked ->
        [one] { $unlocked } solicitud reservada
       *[other] { $unlocked } solicitudes reservadas
    } a la vez; ahora hay { $inProgress } a la espera de resultado.{ $next }
    <i>Qué la mueve: cada Ganada la sube y cada Perdida la baja; los resultados de hace más de { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } dejan de contar. Todo el mundo empieza en el { PERCENT($neutral) }, como si tuviera { $weight ->
        [one] { $weight } resultado
       *[other] { $weight } resultados
    } al { PERCENT($neutral) }. Las solicitudes nuevas se ofrecen antes a los partners mejor valorados.</i>
bot-leads-rating-next = {" "}Con el { PERCENT($percent) } desbloquea { $unlocked }.
bot-leads-rating-same = Tu valoración sigue en el <b>{ PERCENT($after) }</b>.
bot-leads-rating-change = Tu valoración: { PERCENT($before) } → <b>{ PERCENT($after) }</b>.
bot-leads-outcome-won = 🏆 <code>{ $reference }</code> marcada como <b>Ganada</b>.
bot-leads-outcome-lost = ✖ <code>{ $reference }</code> marcada como <b>Perdida</b>.
# plain
bot-leads-outcome-same = Ya está marcada como { $won ->
        [true] Ganada
       *[false] Perdida
    }.
# plain
bot-leads-not-reserved = Tu empresa no ha reservado esta solicitud.
bot-leads-list-title = <b>Solicitudes de implementación de { $partner }</b>
bot-leads-open-title = <b>Solicitudes abiertas que puedes reservar</b> ({ $count })
bot-leads-open-item = • <code>{ $reference }</code> · { $kind } · { $city }, { $country } · 🗣 { $language } · { $taken } de { $max } reservas · hasta el { DAY($until) }{ $addressed }
bot-leads-open-item-addressed = {" "}· ⭐ te la pidieron a ti
bot-leads-none-open = Ahora mismo no hay ninguna solicitud abierta para ti. Las nuevas llegan aquí en cuanto un cliente envía una.
bot-leads-more = … y { $count } más
bot-leads-waiting-title = <b>Reservadas, a la espera del resultado</b>
bot-leads-waiting-item = • <code>{ $reference }</code> · { $kind } · { $city }, { $country } · reservada el { DAY($reservedOn) }
bot-leads-waiting-contact = {"  "}{ $contact }
bot-leads-waiting-erased = {"  "}<i>datos de contacto borrados el { DAY($date) }</i>
bot-leads-decided-title = <b>Resultados recientes</b>
bot-leads-decided-won = • <code>{ $reference }</code> · { $kind } · 🏆 Ganada el { DAY($on) }
bot-leads-decided-lost = • <code>{ $reference }</code> · { $kind } · ✖ Perdida el { DAY($on) }
bot-leads-contact-line = { $name }, { $company } · { $email }
bot-leads-contact-line-phone = { $name }, { $company } · { $email } · { $phone }
bot-leads-tap-to-reserve = Pulsa una solicitud para reservarla; pulsa Ganada o Perdida cuando sepas cómo fue.
# The outcome reminder.
bot-leads-outcome-question =
    ⏰ <b>¿Cómo fue <code>{ $reference }</code>?</b>
    { $partner } la reservó el { DAY($reservedOn) }: { $kind }, { $city }, { $country }.
    Dime el resultado: de él depende tu valoración, y cada resultado que indicas deja un lugar libre para una solicitud nueva.
# The name of the outcome reminders in /reminders (plain).
bot-leads-outcome-kind = Resultado de una solicitud reservada
bot-leads-outcome-when = { $days ->
        [one] { $days } día
       *[other] { $days } días
    } después de reservar una
# /leads stats, for admins.
bot-leads-stats-title = <b>Solicitudes de implementación</b>
bot-leads-stats-total =
    Solicitudes: { $requests } ({ $waiting } a la espera de ofrecerse, { $withdrawn } retiradas)
    Ofrecidas al menos a un partner: { $offered } · reservadas: { $reserved } · partners por solicitud: { $perRequest }
    Porcentaje de ganadas entre los resultados indicados: { $winRate }
bot-leads-stats-by-country = <b>Por país</b>
bot-leads-stats-by-kind = <b>Por tipo</b>
bot-leads-stats-row = • { $name }: { $requests } · { $reserved } reservadas · ganadas { $winRate }
bot-leads-stats-none = Todavía no hay solicitudes.
bot-leads-no-rate = —

## /find
bot-find-ask-country =
    🔎 <b>Buscar un partner</b>

    Los partners del directorio trabajan en { $count ->
        [one] { $count } país
       *[other] { $count } países
    }. ¿En cuál buscas?
bot-find-type-country = ¿No está abajo? Envía /find y el nombre del país, como <code>/find España</code>.
bot-find-not-understood = No entendí “{ $words }”, así que no lo tuve en cuenta.
bot-find-extra = Busco un país y un servicio cada vez, así que no tuve en cuenta “{ $words }”.
bot-find-accepts = /find admite un país (su nombre o su código de dos letras, como <code>ES</code>) y un servicio (como <code>telefonía</code>): <code>/find españa telefonía</code>.
bot-find-pick-country = Elige un país:
bot-find-none-in = Todavía no hay partners del directorio en <b>{ $country }</b>. Elige un país:
# Words a /find query may hold besides a country and a service, skipped without comment (plain, lowercase, separated by spaces).
bot-find-filler-words = un una unos unas el la los las lo en de del al a para por con y e o u me mi nos que quien quién quienes quiénes cual cuál puede pueden buscar busca busco buscando encontrar encuentra encuéntrame mostrar muestra muéstrame muestrame ver lista listar dame partner partners socio socios empresa empresas compañía compañias compania companias ofrece ofrecen ofrezca ofrezcan servicio servicios algún algun alguno alguna algunos algunas cualquier por favor porfa necesito necesitamos quiero queremos hay cerca habla hablan hable hablen hablante
bot-find-ask-service = { $count ->
        [one] { $count } partner del directorio
       *[other] { $count } partners del directorio
    } en <b>{ $country }</b>. ¿Qué servicio necesitas?
bot-find-city-in-country = { $city }, { $country }
bot-find-none-in-city = Todavía no hay ningún partner del directorio en <b>{ $city }</b>; estos están en otras partes de { $country }:
bot-find-none-in-city-service = Todavía ningún partner del directorio en <b>{ $city }</b> ofrece { $service }; estos de otras partes de { $country } sí:
# Phrases that make a message a request to find partners ("find me a partner in Madrid"), comma-separated, in lowercase without accents.
bot-find-intent-phrases = buscar, busco, buscamos, buscando, encontrar, encuentra, encuentrame, recomienda, recomiendas, recomendar, recomiendame, hay algun partner, hay partners, hay un partner, hay algun socio, necesito un partner, necesitamos un partner, quien me puede ayudar, quien nos puede ayudar, quien puede ayudarme, tienen partners, tienen algun partner, tienen socios, necesito a alguien, necesitamos a alguien, busco a alguien, buscamos a alguien
bot-find-partner-words = partner partners socio socios integrador integradores consultor consultores consultora distribuidor distribuidores revendedor revendedores alguien
bot-find-results-speaking = habla { $language }
bot-find-results = <b>Partners</b>
bot-find-results-in = <b>Partners en { $country }</b>
bot-find-results-service = <b>Partners</b> · { $service }
bot-find-results-in-service = <b>Partners en { $country }</b> · { $service }
bot-find-none-speaking = Todavía ningún partner del directorio habla { $language }.
bot-find-none-in-speaking = Todavía ningún partner del directorio en <b>{ $country }</b> habla { $language }.
bot-find-none = Todavía ningún partner del directorio ofrece eso.
bot-find-none-in-country = Todavía no hay partners del directorio en <b>{ $country }</b>.
bot-find-none-service = Todavía ningún partner del directorio ofrece { $service }.
bot-find-none-in-service = Todavía ningún partner del directorio en <b>{ $country }</b> ofrece { $service }.
bot-find-featured = ★
bot-find-speaks = Habla { $languages }
bot-find-directory = Todo el directorio: { $link }

## A personal question from someone the bot cannot answer it for
bot-private-not-linked = Puedo responderte eso sobre tu propio partner en cuanto tu cuenta de Telegram esté vinculada a él: pide a tu gestor de partners que añada tu ID de usuario de Telegram <code>{ $userId }</code> a la ficha de partner de tu empresa (la lista <code>program.telegram</code>). Mientras tanto, /check muestra en qué punto está una empresa.
bot-private-general = <i>En general:</i>

## Answers to questions
bot-answer-yes = Sí.
bot-answer-no = No.
bot-answer-source = 📖 { $link }
# $docs: a link whose text is bot-answer-docs-home.
bot-answer-unsure = <i>¿No es exactamente lo que preguntabas? Consulta { $docs }.</i>
bot-answer-unsure-sections = <i>No sé si es exactamente lo que preguntabas. Estas son las secciones que más se acercan:</i>
# Nothing answers the question, but some sections come near.
bot-answer-unknown-nearest = 🤷 Eso no lo sé, y prefiero no adivinar. Echa un vistazo a { $docs }; estas son las secciones que más se acercan:
bot-answer-unknown =
    🤷 Eso no lo sé, y prefiero no adivinar.

    Echa un vistazo a { $docs } o prueba /tiers, /check o /find.
bot-answer-topic = Esto es lo que dice la documentación sobre “{ $text }”:
bot-answer-or-try = O prueba /tiers, /check o /find.
bot-answer-language-unread = <i>Todavía no sé leer preguntas en tu idioma, solo en inglés: pregúntame en inglés y te entenderé.</i>
bot-answer-empty = Pregúntame lo que quieras sobre el programa con tus propias palabras, como “¿Cuánto dura la suscripción NFR?”, o envía /help.
bot-answer-too-long = ¡Qué mensaje tan largo! Hazme una sola pregunta corta cada vez, por favor.
bot-answer-docs-home = la documentación del programa

## Admins
bot-admin-not-admin = Ese comando es para los administradores del bot.
# An admin command sent by an admin in a group.
bot-admin-private-only = Los comandos de administración solo funcionan en un chat privado conmigo, para que sus cifras queden entre nosotros.
bot-admin-reloaded = ✅ Contenido recargado: { $partners ->
        [one] { $partners } partner
       *[other] { $partners } partners
    }, { $pages ->
        [one] { $pages } página de documentación
       *[other] { $pages } páginas de documentación
    }, versión de las reglas { $version }.
bot-admin-failed = ⚠️ El contenido tiene { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }, así que mantengo el contenido cargado ({ $keptAt }):
bot-admin-more-problems = … y { $count } más (ejecuta npm run check)
bot-admin-warnings = Tiene { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    } (el contenido es válido con ellos, pero conviene revisarlos):
bot-admin-stats =
    <b>Estadísticas del bot</b>
    Usuarios: { $users } ({ $active } activos en los últimos 7 días, { $blocked } han bloqueado el bot)
    Miembros de equipo vinculados en las fichas de partner: { $linked }
    Atendido: { $counters }
    Contenido: { $partners ->
        [one] { $partners } partner
       *[other] { $partners } partners
    }, { $pages ->
        [one] { $pages } página de documentación
       *[other] { $pages } páginas de documentación
    }, reglas { $version }, cargado: { $loadedAt }
    { $reload }
bot-admin-stats-nothing = nada todavía
bot-admin-stats-reload-fine = Última recarga: correcta
bot-admin-stats-reload-failed = ⚠️ La última recarga falló con { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }; envía /reload para verlos

## When something goes wrong
# $command: the user's, already cut short.
bot-error-unknown-command = No conozco “{ $command }”. Envía /help para ver lo que puedo hacer.
bot-error-not-text = Solo puedo leer mensajes de texto. Hazme una pregunta o envía /help.
bot-error-edited = Solo leo mensajes nuevos. Vuelve a enviar tu pregunta, por favor.
# plain
bot-error-expired-button = Este botón ha caducado. Envía /help para empezar de nuevo.
bot-error-rate-limited = Me envías mensajes más rápido de lo que puedo responder. Espera un minuto y vuelve a intentarlo. 🙏
# plain
bot-error-rate-limited-short = Demasiadas solicitudes: espera un minuto.
bot-error-failed = 😕 Algo ha fallado por mi parte. Vuelve a intentarlo en un minuto; si sigue pasando, envía /help o escribe al departamento de partners.

## The program's facts (content/src/facts/), one message per kind: the figure or rule first.
## Lists of statuses, requirements and so on arrive written as Spanish lists them.
bot-fact-item = • { $item }
# A discount's condition, after its percentage: $items are what it asks (a course's name).
bot-fact-tier-once = {" "}una vez completado el { $items }
bot-fact-tier-once-none-before = {" "}una vez completado el { $items } (antes, ninguno)
bot-fact-tier-once-before = {" "}una vez completado el { $items } (antes, el { PERCENT($before) })
bot-fact-status-discount = Los partners { $status } tienen un descuento del <b>{ PERCENT($percent) }</b> en la tienda{ $when }.
bot-fact-discounts = Descuentos en la tienda, por nivel:
bot-fact-discounts-item = • { $status }: { PERCENT($percent) }{ $when }
bot-fact-status-entry = Para subir a <b>{ $status }</b>, un partner { $below } necesita:
bot-fact-status-entry-sales = Para alcanzar { $status }: <b>{ MONEY($amount) }</b> en ventas computables{ $as } { $months ->
        [one] en el último mes
       *[other] en los últimos { $months } meses
    }.
bot-fact-status-entry-sales-as = {" "}hechas como partner { $below }
bot-fact-status-entry-clients = { $status } exige ventas a al menos <b>{ $count }</b> clientes distintos.
bot-fact-status-entry-since = Para { $status } solo cuentan las ventas hechas mientras eres { $below } ({ $months ->
        [one] en el último mes
       *[other] en los últimos { $months } meses
    }); las de antes de llegar a { $below }, no.
bot-fact-status-probation = En un plazo de <b>{ $days ->
        [one] { $days } día
       *[other] { $days } días
    }</b> desde la aprobación, un partner { $status } debe hacer las dos cosas:
bot-fact-status-probation-end = Si entonces falta cualquiera de ellas, se cancelan el nivel { $status } y el lugar en el programa.
bot-fact-status-probation-missed = El nivel { $status } y tu lugar en el programa se <b>cancelan</b> si, { $days ->
        [one] { $days } día
       *[other] { $days } días
    } después de la aprobación, falta cualquiera de estas cosas: { $items }.
bot-fact-status-annual-target = Para conservar { $status }: <b>{ MONEY($amount) }</b> en ventas cada año de revisión ({ $months ->
        [one] el mes siguiente
       *[other] los { $months } meses siguientes
    } a la concesión o la última confirmación del nivel).
bot-fact-targets = Objetivos de ventas:
bot-fact-targets-item = • { $status }: { $targets }
bot-fact-targets-entry = { MONEY($amount) } en { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } para alcanzarlo
bot-fact-targets-annual = { MONEY($amount) } al año para conservarlo
bot-fact-status-target-missed = Un partner { $status } que no alcanza el objetivo de <b>{ MONEY($amount) }</b> en la revisión anual baja a <b>{ $to }</b>.
bot-fact-status-target-met-with = Con { MONEY($sold) } alcanzas el objetivo de { MONEY($amount) } de { $status }: <b>conservas { $status }</b> un año más.
bot-fact-status-target-missed-with = Con { MONEY($sold) } no alcanzas el objetivo de { MONEY($amount) } de { $status }: en la revisión <b>bajas a { $to }</b>.
bot-fact-target-missed = Si no alcanzas el objetivo anual de ventas, <b>bajas un nivel</b> en la revisión: { $moves }. Si lo alcanzas, conservas tu nivel un año más.
bot-fact-move = de { $from } a { $to }
bot-fact-status-benefits = Los partners <b>{ $status }</b> obtienen:
bot-fact-status-benefits-discount = un descuento del { PERCENT($percent) } en la tienda{ $when }
bot-fact-benefit-once = { $benefit } (requisito: { $items })
bot-fact-status-nfr = Los partners { $status } obtienen <b>{ $cloud ->
        [one] { $cloud } suscripción NFR en la nube
       *[other] { $cloud } suscripciones NFR en la nube
    }</b> y <b>{ $keys ->
        [0] ninguna clave NFR on-premise
        [one] { $keys } clave NFR on-premise
       *[other] { $keys } claves NFR on-premise
    }</b>.
bot-fact-nfr-counts = Copias NFR gratuitas, por nivel:
bot-fact-nfr-counts-item = • { $status }: { $cloud ->
        [one] { $cloud } suscripción en la nube
       *[other] { $cloud } suscripciones en la nube
    }, { $keys ->
        [0] ninguna clave on-premise
        [one] { $keys } clave on-premise
       *[other] { $keys } claves on-premise
    }
bot-fact-statuses-list = Hay { $count } niveles, de menor a mayor: <b>{ $statuses }</b>.
bot-fact-statuses-compare = Así se comparan los niveles, de menor a mayor:
bot-fact-statuses-compare-item = • <b>{ $status }</b>: { $parts }
bot-fact-statuses-compare-discount = { PERCENT($percent) } de descuento{ $when }
bot-fact-statuses-compare-start = el nivel con el que empieza todo partner
bot-fact-statuses-compare-no-target = sin objetivo anual de ventas
bot-fact-statuses-compare-nfr = NFR: { $cloud ->
        [0] ninguna suscripción en la nube
        [one] { $cloud } suscripción en la nube
       *[other] { $cloud } suscripciones en la nube
    }, { $keys ->
        [0] ninguna clave on-premise
        [one] { $keys } clave on-premise
       *[other] { $keys } claves on-premise
    }
bot-fact-statuses-compare-listed = aparece en el directorio de partners
bot-fact-statuses-compare-unlisted = no aparece en el directorio
bot-fact-status-highest = <b>{ $status }</b> es el nivel más alto.
bot-fact-status-lowest = Todo partner empieza en <b>{ $status }</b>, en el momento en que se aprueba su solicitud.
bot-fact-status-courses = { $status } exige <b>{ $courses }</b>.
bot-fact-course = <b>{ $course }</b>: { $summary }{ $required }
bot-fact-course-required = {" "}Obligatorio para { $statuses }.
bot-fact-who-requires = { $requirement }: se exige para <b>{ $statuses }</b>{ $others }.
bot-fact-who-requires-others = , no para { $others }
bot-fact-who-benefit = { $benefit }: para los partners <b>{ $statuses }</b>{ $others }.
bot-fact-who-benefit-others = , no para los { $others }
bot-fact-listed = Los partners <b>{ $statuses }</b> aparecen en el directorio público de partners{ $featured }; no aparecen los partners { $others }.
bot-fact-listed-featured = {" "}(los { $statuses }, destacados en primer lugar)
# When every status is listed: "no aparecen los partners de ningún otro nivel".
bot-fact-listed-no-other = de ningún otro nivel
bot-fact-listing-fields = Para aparecer en el directorio (partners { $statuses }), el perfil de tu empresa necesita: { $fields }.
bot-field-website = sitio web
bot-field-email = correo electrónico
bot-field-phone = número de teléfono
bot-field-address = dirección postal
bot-field-description = una breve descripción
bot-field-services = los servicios que ofreces
bot-field-city = ciudad
bot-field-languages = idiomas
bot-fact-leads-email = Los leads por correo electrónico llegan a los partners <b>{ $statuses }</b>{ $others }.
bot-fact-leads-email-others = ; los partners { $others } reciben leads solo a través de la aplicación Solicitudes de implementación
bot-fact-leads-app = Leads a través de la aplicación Solicitudes de implementación: { $statuses }.
bot-fact-leads-app-once = { $status } (requisito: { $items })
bot-fact-leads-locations = Hasta <b>{ $max } ubicaciones</b>: el país en el que está registrada tu empresa y { $extra } más a tu elección.
bot-fact-leads-reservation-days = Una solicitud se puede reservar durante <b>{ $days ->
        [one] { $days } día
       *[other] { $days } días
    }</b> desde que se envía, salvo que el cliente la retire o diga qué partner eligió; después ya no se puede reservar.
bot-fact-leads-per-request = Hasta <b>{ $max } partners</b> pueden reservar la misma solicitud.
bot-fact-kickstart-amount = El bono Kickstart es de <b>{ MONEY($amount) }</b>.
bot-fact-kickstart-eligible = Pueden recibir el bono Kickstart los partners que presentaron su solicitud después del <b>{ DAY($after) }</b>.
bot-fact-kickstart-valid = El bono Kickstart es válido durante <b>{ $days ->
        [one] { $days } día
       *[other] { $days } días
    }</b> desde tu aceptación en el programa; lo que quede entonces caduca.
bot-fact-kickstart-requires = Para recibir el bono Kickstart ({ MONEY($amount) }) necesitas:
bot-fact-award-amount = Un bono Award es de <b>{ MONEY($min) } a { MONEY($max) }</b>; el fabricante elige a los mejores partners una vez al año.
bot-fact-award-valid = Un bono Award se puede usar hasta el <b>31 de diciembre</b> del año en que se abonó, es decir, hasta el final de ese año natural. Lo que no se haya usado entonces caduca.
bot-fact-bonus-min-paid = Un bono solo paga una parte del pedido: tú pagas al menos <b>{ MONEY($amount) }</b> por pedido, aunque tu bono sea mayor.
bot-fact-bonus-can = Con los bonos se puede pagar: { $items }.
bot-fact-bonus-cannot = No se puede pagar: { $items }.
bot-fact-nfr-cloud-months = La suscripción NFR en la nube dura <b>{ $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }</b> desde que la solicitas.
bot-fact-nfr-cloud-extend = Los partners <b>{ $statuses }</b> pueden extender la suscripción NFR en la nube, cada vez por { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }{ $others }.
bot-fact-others-cannot = ; los partners { $others } no pueden
bot-fact-nfr-cloud-limits = La suscripción NFR en la nube funciona como el plan Professional, con estos límites:
bot-fact-nfr-limit-domain = { $allowed ->
        [true] con nombre de dominio propio
       *[false] sin nombre de dominio propio
    }
bot-fact-nfr-limit-storage = { NUMBER($gb) } GB de almacenamiento
bot-fact-nfr-limit-scans = { NUMBER($count) } escaneos de tarjetas de visita
bot-fact-nfr-limit-sites = hasta { NUMBER($count) } sitios
bot-fact-nfr-limit-emails = hasta { NUMBER($count) } correos de marketing del CRM al mes
bot-fact-nfr-storage = La suscripción NFR en la nube tiene <b>{ NUMBER($gb) } GB</b> de almacenamiento.
bot-fact-nfr-card-scans = La suscripción NFR en la nube incluye <b>{ NUMBER($count) }</b> escaneos de tarjetas de visita.
bot-fact-nfr-sites = La suscripción NFR en la nube permite hasta <b>{ NUMBER($count) }</b> sitios.
bot-fact-nfr-bulk-emails = La suscripción NFR en la nube envía hasta <b>{ NUMBER($count) }</b> correos de marketing del CRM al mes.
bot-fact-nfr-custom-domain = La suscripción NFR en la nube <b>{ $allowed ->
        [true] permite
       *[false] no permite
    }</b> usar un nombre de dominio propio.
bot-fact-nfr-cloud-end = Cuando termina la suscripción NFR en la nube, los partners { $statuses } pueden extenderla; para los partners { $others }, la cuenta vuelve al <b>plan gratuito</b>. Si se cancela tu nivel de partner, pierdes la suscripción NFR y la cuenta vuelve al plan gratuito.
# The statuses that cannot extend it, when the rules name none.
bot-fact-nfr-cloud-end-other = de otros niveles
# $statuses: bot-fact-nfr-key-who-status for each status, as a list.
bot-fact-nfr-key-who = En la edición { $edition }, { $statuses }{ $others }.
bot-fact-nfr-key-who-status = los partners { $status } obtienen { $count ->
        [one] { $count } clave NFR on-premise gratuita
       *[other] { $count } claves NFR on-premise gratuitas
    }
bot-fact-nfr-key-who-others = ; los partners { $others } no obtienen ninguna
bot-fact-nfr-key-edition = Las claves NFR on-premise son para la edición <b>{ $edition }</b>.
bot-fact-nfr-key-months = Una clave NFR on-premise es válida durante <b>{ $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }</b>; los partners { $statuses } pueden extenderla { $extension ->
        [one] { $extension } mes más
       *[other] { $extension } meses más
    }.
bot-fact-nfr-key-extend = Los partners <b>{ $statuses }</b> pueden extender una clave NFR on-premise { $months ->
        [one] { $months } mes más
       *[other] { $months } meses más
    }{ $others }.
bot-fact-nfr-key-end = Cuando una clave NFR on-premise caduca, deja de funcionar, salvo que un partner { $statuses } pida una extensión.
bot-fact-activation-days = Cada producto que compras debe activarse y registrarse a nombre de tu cliente en un plazo de <b>{ $days ->
        [one] { $days } día
       *[other] { $days } días
    }</b> desde la compra.
bot-fact-activation-missed = El fabricante <b>puede desactivar</b> un producto que no se haya activado y registrado en un plazo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } desde la compra.
bot-fact-review-months = { $statuses } se revisan cada <b>{ $months ->
        [one] mes
       *[other] { $months } meses
    }</b>, contados desde que se concedió o se confirmó por última vez el nivel.
bot-fact-review-who = Solo <b>{ $statuses }</b> se revisan cada { $months ->
        [one] mes
       *[other] { $months } meses
    }{ $others }.
bot-fact-review-who-others = ; { $others } no tiene revisión anual
bot-fact-zero-activity = Sin ninguna actividad, una cuenta de partner <b>puede suspenderse</b> sin previo aviso una vez { $months ->
        [one] pasado { $months } mes
       *[other] pasados { $months } meses
    } desde el registro.
# Business days: "entre 2 y 5 días hábiles", or "5 días hábiles" when $min and $max are the same.
bot-fact-business-days = { $same ->
        [true] { $max ->
            [one] { $max } día hábil
           *[other] { $max } días hábiles
        }
       *[false] entre { $min } y { $max ->
            [one] { $max } día hábil
           *[other] { $max } días hábiles
        }
    }
bot-fact-application-review = El fabricante revisa una solicitud en un plazo de <b>{ $days }</b>.
bot-fact-verification = La verificación de la empresa tarda hasta <b>{ $days }</b>.
bot-fact-joining =
    1. Envía el formulario de solicitud del sitio web de partners. El fabricante lo revisa en un plazo de { $review }.
    2. Introduce los datos legales y los documentos de tu empresa en el panel de partner. La verificación tarda hasta { $verification }.
    3. Cuando te aprueben, empiezas como <b>{ $lowest }</b>.
bot-fact-price-notice = El fabricante avisa con <b>{ $days ->
        [one] { $days } día
       *[other] { $days } días
    }</b> de antelación antes de cambiar los productos o sus precios.
bot-fact-penalty-block = El acceso al perfil de tu empresa puede bloquearse hasta <b>{ $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }</b>; mientras tanto, no puedes comprar con tu descuento de partner.
bot-fact-sales-own-use = Las compras para tu propia empresa o para una empresa vinculada <b>nunca cuentan</b> para los objetivos de ventas.
bot-fact-sales-currencies = Las ventas en { $currencies } cuentan <b>uno a uno</b>.
bot-fact-sales-after-discount = Las ventas cuentan por el importe que pagaste, <b>después</b> de tu descuento de partner.
bot-fact-sales-window = Las ventas se cuentan en un <b>periodo móvil de { $months } meses</b>: termina el día de la comprobación y empieza el día siguiente a la misma fecha { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } antes.

## Answers about the asker's own partner (content/src/understand/personal.ts): the figure or date first.
## $when is how far away the day is (bot-days).
bot-my-item = • { $item }
bot-my-missing-sales = vender { MONEY($amount) } más para llegar a { $requirement }
bot-my-cancelled = ⛔ Tu nivel <b>{ $status }</b> se canceló: el { DAY($date) } no se cumplían sus requisitos.
bot-my-discount = Tu descuento es del <b>{ PERCENT($percent) }</b>, como partner { $status }.{ $rises }
bot-my-discount-rises = {" "}Sube al { PERCENT($percent) } cuando completes el { $items }.
bot-my-status = Eres <b>{ $status }</b> desde el { DAY($since) }.{ $moved }
bot-my-status-moved = {" "}Bajaste de { $from } en la revisión anual del { DAY($date) }.
bot-my-benefits = Como partner <b>{ $status }</b> tienes:
bot-my-benefit-pending = ◦ { $benefit } (pendiente: { $missing })
bot-my-sales-none = Como { $status } no tienes ningún objetivo de ventas por delante, así que tus ventas no cuentan para ninguno.
bot-my-sales-title = <b>Tus ventas computables</b> (lo que pagaste, sin las compras propias o de empresas vinculadas):
bot-my-sales-item = • <b>{ MONEY($counted) }</b> del { DAY($from) } al { DAY($to) }{ $excluded }: { $toward }
bot-my-sales-excluded = {" "}(no cuentan { MONEY($amount) } de compras propias o de empresas vinculadas)
bot-my-sales-toward-keep = para conservar { $status } en la revisión del { DAY($date) } (se exigen { MONEY($target) }{ $met })
bot-my-sales-toward-reach = para alcanzar { $status } (se exigen { MONEY($target) }{ $met })
bot-my-sales-met = {" "}✅
bot-my-keep-met = Ya cumples lo que exige conservar <b>{ $status }</b> { $kind ->
        [probation] a más tardar el
       *[annual-review] en la revisión del
    } <b>{ DAY($date) }</b> ({ $when }).
bot-my-keep-gap = Para conservar <b>{ $status }</b> en tu revisión anual del <b>{ DAY($date) }</b> ({ $when }) todavía necesitas <b>{ MONEY($gap) }</b> más en ventas.
bot-my-keep-missing = Para conservar <b>{ $status }</b> a más tardar el <b>{ DAY($date) }</b> ({ $when }) todavía necesitas:
bot-my-also-missing = También falta: { $items }
bot-my-keep-none = { $status } no tiene ningún objetivo que mantener: no tiene revisión anual y ya has dejado atrás los requisitos del primer periodo.
bot-my-next-qualifies = 🎉 Cumples todos los requisitos de <b>{ $next }</b>: solicita el cambio de nivel en el panel de partner.
bot-my-next = Para subir a <b>{ $next }</b> todavía necesitas ({ $met } de { $total } cumplidos):
bot-my-beyond = <b>{ $target }</b> viene después de <b>{ $next }</b>: los partners suben de nivel de uno en uno.
bot-my-beyond-not-yet = <b>Todavía no.</b> <b>{ $target }</b> viene después de <b>{ $next }</b>: los partners suben de nivel de uno en uno.
bot-my-beyond-then = Después, como partner { $below }, para <b>{ $target }</b> todavía necesitarás ({ $met } de { $total } ya cumplidos):
bot-my-beyond-then-met = Después, como partner { $below }, podrás solicitar <b>{ $target }</b>: todo lo demás que pide ya está cumplido.
bot-my-top = Eres <b>{ $status }</b>, el nivel más alto. 🏆
bot-my-done = Según tus datos de partner, a día de hoy:
bot-my-done-item = { $met ->
    [yes] ✅ { $item }
   *[no] ⬜ { $item }: todavía no
}
bot-my-gap-keep = Para conservar { $status } en tu revisión del { DAY($date) }: <b>{ MONEY($gap) }</b> más en ventas.
bot-my-gap-next = Para alcanzar { $status }: <b>{ MONEY($gap) }</b> más en ventas computables.
bot-my-gap-none = Nada más por ahora: ya cumples tus objetivos de ventas.
bot-my-review = Tu revisión anual es el <b>{ DAY($date) }</b> ({ $when }). { $state }
bot-my-review-met = Ya cumples el objetivo para conservar { $status }.
bot-my-review-gap = Todavía necesitas { MONEY($gap) } más en ventas para conservar { $status }.
bot-my-review-missing = Todavía faltan algunos requisitos para conservar { $status }.
bot-my-no-review = { $status } no tiene revisión anual.{ $cutoff }
bot-my-no-review-cutoff = {" "}El plazo de tus requisitos de { $status } termina el <b>{ DAY($date) }</b>.
bot-my-cutoff-met = El plazo de tus requisitos de { $status } termina el <b>{ DAY($date) }</b> ({ $when }), y ya los cumples todos.
bot-my-cutoff = El plazo de tus requisitos de { $status } termina el <b>{ DAY($date) }</b> ({ $when }). Todavía falta:
bot-my-no-cutoff = Ahora no tienes ningún plazo de requisitos: como { $status }, ya has dejado atrás los requisitos del primer periodo.
bot-my-expiry = { $subject }: termina el <b>{ DAY($date) }</b> ({ $when }){ $extendable ->
        [true] ; puedes pedir una extensión
        [false] ; tu nivel no permite extenderla
       *[unknown] {""}
    }.
bot-my-no-expiry-bonus = No tienes ningún bono que caduque.
bot-my-no-expiry = No tienes { $what ->
        [nfr-cloud] ninguna suscripción NFR en la nube
       *[nfr-key] ninguna clave NFR on-premise
    } registrada{ $claim }.
bot-my-no-expiry-claim = ; como { $status }, puedes solicitar una en el panel de partner
bot-my-nfr-extend = Como partner { $status } puedes extender tu suscripción NFR en la nube, cada vez por { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }{ $ends }.
bot-my-nfr-extend-ends = ; ahora termina el { DAY($date) }
bot-my-nfr-no-extend = Solo los partners { $statuses } pueden extenderla; como { $status }, la cuenta vuelve al plan gratuito cuando termine{ $ends }.
bot-my-nfr-no-extend-ends = {" "}el { DAY($date) }
bot-my-kickstart-none = El bono Kickstart es solo para los partners que presentaron su solicitud después del { DAY($date) }, así que no está disponible para ti.
bot-my-kickstart-ended-credited = Podías usar tu bono Kickstart hasta el { DAY($date) }; lo que quedaba entonces caducó.
bot-my-kickstart-ended = El plazo para recibir el bono Kickstart terminó el { DAY($date) }.
bot-my-kickstart-credited = { $subject }: se puede usar hasta el <b>{ DAY($date) }</b> ({ $when }); lo que quede entonces caduca. Cuánto te queda lo ves en tu cuenta de bonos de la tienda.
bot-my-kickstart-eligible = Todavía puedes recibir el bono Kickstart de <b>{ MONEY($amount) }</b>: solicítalo a más tardar el <b>{ DAY($date) }</b> ({ $when }).
bot-my-kickstart-missing = Para recibir el bono Kickstart de { MONEY($amount) } a más tardar el <b>{ DAY($date) }</b> ({ $when }) todavía necesitas:
bot-my-award = { $subject }: se puede usar hasta el <b>{ DAY($date) }</b> ({ $when }).
bot-my-key-claim = Como partner { $status } puedes tener { $count ->
        [one] { $count } clave NFR on-premise gratuita
       *[other] { $count } claves NFR on-premise gratuitas
    } (registradas: { $claimed }). Solicítala con el formulario NFR del panel de partner.
bot-my-key-all-claimed = Como partner { $status } puedes tener { $count ->
        [one] { $count } clave NFR on-premise gratuita
       *[other] { $count } claves NFR on-premise gratuitas
    } a la vez, y ya { $claimed ->
        [one] tienes { $claimed } en uso
       *[other] tienes { $claimed } en uso
    }: podrás solicitar otra cuando termine una.
bot-my-key-no-claim = Las claves NFR on-premise son para los partners { $statuses }; como { $status }, todavía no puedes solicitar ninguna.
bot-my-on-track-met = Ya cumples lo que exige conservar <b>{ $status }</b> { $kind ->
        [probation] a más tardar el
       *[annual-review] en la revisión del
    } <b>{ DAY($date) }</b>.
bot-my-on-track-gap = <b>Todavía no.</b> Para conservar { $status } en la revisión del <b>{ DAY($date) }</b> necesitas <b>{ MONEY($gap) }</b> más en ventas.
bot-my-on-track-missing = <b>Todavía no.</b> Para conservar { $status } a más tardar el <b>{ DAY($date) }</b> todavía necesitas:
bot-my-can-reach = Cumples todos los requisitos de <b>{ $next }</b>: solicita el cambio de nivel en el panel de partner.
bot-my-can-reach-missing = <b>Todavía no.</b> Para <b>{ $next }</b> todavía necesitas:
bot-my-leads = Tus solicitudes de implementación están en /leads: las abiertas que puedes reservar, las que reservaste con los datos de contacto del cliente y tu valoración con las ganadas y las perdidas.
bot-my-deadline = Tu próximo plazo: <b>{ $name }</b>, el <b>{ DAY($date) }</b> ({ $when }){ $missing }.
bot-my-deadline-missing = : { $items }
bot-my-no-deadline = No tienes ningún plazo próximo. 🎉
