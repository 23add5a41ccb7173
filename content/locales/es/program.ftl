# What the rules engine says, in Spanish, and the rules' own words (rule-…). Same terms as
# content/docs/es/: "nivel" for a status (Bronze, Silver, Gold keep their names), "partner",
# "fabricante" for the vendor, "NFR", "bono Kickstart", "bono Award", "leads", "tú".
#
# A message's .inline attribute is its form inside a sentence.

## What a requirement asks (describe.ts)
req-sales-trailing = { MONEY($amount) } en ventas { $months ->
        [one] en el último mes
       *[other] en los últimos { $months } meses
    }
req-sales-trailing-while = { MONEY($amount) } en ventas como partner { $status } { $months ->
        [one] en el último mes
       *[other] en los últimos { $months } meses
    }
req-sales-review-year = { MONEY($amount) } en ventas en el año de revisión
req-sales-review-year-while = { MONEY($amount) } en ventas como partner { $status } en el año de revisión
# Read after "como partner": the status a "while" sales requirement means, when none is named.
req-status-below = del nivel inferior
req-clients = { $count ->
        [one] Ventas a { $count } cliente
       *[other] Ventas a { $count } clientes distintos
    }
req-course = { $course } completado
req-endorsement-website = Productos promocionados en tu sitio web
req-endorsement-social = Productos promocionados en tus redes sociales
req-first-line-support = Soporte de primer nivel para los clientes por correo electrónico y teléfono
req-case-study = Un caso de éxito de un proyecto reciente
    .inline = un caso de éxito de un proyecto reciente
req-marketing-plan = Un plan de marketing a medio plazo
    .inline = un plan de marketing a medio plazo
req-product-presentation = Una presentación del producto (webinar o grabación)
    .inline = una presentación del producto (webinar o grabación)
req-nfr-cloud = Una suscripción NFR en la nube solicitada
    .inline = una suscripción NFR en la nube solicitada

## What is still to do for a requirement (requirements.ts)
# Each is a thing to do, as an infinitive ("enviar un caso de éxito"): shown after "Falta:",
# "todavía necesitas:" and the like, and in a deadline's list beside the todo-… messages.
missing-sales = vender { MONEY($amount) } más
missing-clients = vender a { $count ->
        [one] { $count } cliente más
       *[other] { $count } clientes más
    }
missing-course = completar el { $course }
missing-endorsement-website = promocionar los productos en tu sitio web
missing-endorsement-social = promocionar los productos en tus redes sociales
missing-first-line-support = ofrecer a los clientes soporte de primer nivel por correo electrónico y teléfono
missing-case-study = enviar un caso de éxito de un proyecto reciente
missing-marketing-plan = enviar un plan de marketing a medio plazo
missing-product-presentation = hacer una presentación del producto (webinar o grabación)
missing-nfr-cloud = solicitar tu suscripción NFR en la nube
# A thing to do with the day it is due.
missing-by = { $item } a más tardar el { DAY($date) }

## Deadlines (deadlines.ts): what each is about, what to do, and what happens if it is missed
deadline-bronze-cutoff = Conservar el nivel { $status } pasados los primeros { $days } días
consequence-bronze-cutoff = Se cancelan tu nivel y tu lugar en el programa.
deadline-kickstart-credited = Bono Kickstart de { MONEY($amount) } abonado el { DAY($date) }
deadline-kickstart-open = Bono Kickstart de { MONEY($amount) }, aún sin abonar
consequence-kickstart-credited = Caduca la parte del bono Kickstart que no hayas usado.
consequence-kickstart-open = Ya no se puede recibir el bono Kickstart.
deadline-award = Bono Award de { MONEY($amount) } abonado el { DAY($date) }
consequence-award = Caduca la parte del bono Award que no hayas usado.
deadline-nfr-cloud = Suscripción NFR en la nube solicitada el { DAY($date) }
deadline-nfr-key = Clave NFR { $edition } solicitada el { DAY($date) }
consequence-nfr-cloud-extendable = La suscripción termina, salvo que pidas una extensión.
consequence-nfr-key-extendable = La clave deja de funcionar, salvo que pidas una extensión.
consequence-nfr-cloud-not-extendable = La cuenta vuelve al plan gratuito; tu nivel no permite extenderla.
consequence-nfr-key-not-extendable = La clave deja de funcionar; tu nivel no permite extenderla.
# A copy beyond the allowance of the partner's status: $allowance is how many the status gets.
consequence-nfr-cloud-beyond = La cuenta vuelve al plan gratuito: un partner { $status } { $allowance ->
        [0] no tiene derecho a suscripciones en la nube
        [one] tiene derecho a { $allowance } suscripción en la nube
       *[other] tiene derecho a { $allowance } suscripciones en la nube
    }, y esta copia supera ese número, así que no se puede extender.
consequence-nfr-key-beyond = La clave deja de funcionar: un partner { $status } { $allowance ->
        [0] no tiene derecho a claves on-premise
        [one] tiene derecho a { $allowance } clave on-premise
       *[other] tiene derecho a { $allowance } claves on-premise
    }, y esta copia supera ese número, así que no se puede extender.
todo-nfr-extension = pedir una extensión
deadline-activation = Compra de { MONEY($amount) } para { $client } el { DAY($date) }
consequence-activation = El fabricante puede desactivar el producto.
todo-activation = activar y registrar el producto a nombre del cliente
deadline-review = Revisión anual de tu nivel { $status }
consequence-review = Bajas a { $status }.
deadline-zero-activity = Actividad en el programa
consequence-zero-activity = Tu cuenta de partner puede suspenderse sin previo aviso.
todo-zero-activity = hacer una primera venta o promocionar los productos en tu sitio web o en tus redes sociales

## A partner's standing in one line (evaluate.ts)
standing-summary = { $status } desde el { DAY($since) }, { PERCENT($discount) } de descuento
standing-summary-moved-down = { $status } desde el { DAY($since) } (tras bajar de { $from } en la revisión anual del { DAY($date) }), { PERCENT($discount) } de descuento
standing-cancelled = Nivel { $status } cancelado: el { DAY($date) } no se cumplían los requisitos

## The statuses compared (figures.ts: the docs' table and the site's)
compare-how-to-get = Cómo conseguirlo
compare-to-keep = Para conservarlo
compare-discount = Descuento
compare-directory = Directorio
compare-nfr = Copias NFR
compare-benefits = Beneficios
compare-on-approval = La aprobación de tu solicitud
compare-probation = En los { $days } días siguientes a la aprobación: { $items }
compare-maintain = { $item }, que se comprueba en cada revisión anual
compare-discount-once = { PERCENT($percent) } cuando se cumpla: { $items }
compare-discount-plain = { PERCENT($percent) }
compare-listing-none = No aparece
compare-listing-listed = Aparece
compare-listing-featured = Destacado en primer lugar
compare-nfr-cloud = { $count ->
        [one] { $count } suscripción en la nube
       *[other] { $count } suscripciones en la nube
    }
compare-nfr-keys = { $count ->
        [one] { $count } clave on-premise
       *[other] { $count } claves on-premise
    }

## Tables of the docs (figures.ts)
figure-request-kinds-kind = El cliente pide
figure-request-kinds-services = La reciben los partners que ofrecen alguno de estos servicios
figure-rating = Valoración
figure-rating-requests = Solicitudes reservadas a la espera de resultado, a la vez
figure-rating-range = Del { PERCENT($from) } a menos del { PERCENT($to) }
figure-rating-from = { PERCENT($from) } o más

## Advice (deadlines.ts, evaluate.ts): what a partner can do that the program data cannot show as done
advice-use-bonus = usar el bono en pedidos para clientes nuevos (los datos del programa no muestran si ya se ha usado)
advice-apply-for-bonus = solicitar el bono en cuanto se cumplan todos los requisitos (los datos del programa no muestran las solicitudes)
advice-contact-partner-department = escribir al departamento de partners del fabricante
advice-apply-again = enviar una nueva solicitud para volver a unirte al programa

## The rules' own words (content/program/*.yaml), under ids made from the rules' ids
rule-program-name = Programa de Partners

# Statuses (statuses.yaml): the names stay as the program writes them.
rule-status-bronze = Bronze
rule-status-bronze-summary = Todo partner aprobado empieza aquí.
rule-status-silver = Silver
rule-status-silver-summary = Aparece en el directorio de partners, con un descuento mayor.
rule-status-gold = Gold
rule-status-gold-summary = Aparece destacado en primer lugar en el directorio, con el mayor descuento.

# Benefits (statuses.yaml), by status
rule-benefit-bronze-nfr-cloud = Una suscripción premium NFR gratuita en la nube para una cuenta
rule-benefit-bronze-marketplace = La publicación de tus aplicaciones en el Marketplace
rule-benefit-bronze-leads-app = Leads a través de la aplicación Solicitudes de implementación
rule-benefit-silver-nfr-cloud = Una suscripción premium NFR gratuita en la nube para una cuenta
rule-benefit-silver-nfr-key = Una clave de activación NFR on-premise gratuita
rule-benefit-silver-leads = Leads por correo electrónico y a través de la aplicación Solicitudes de implementación
rule-benefit-silver-listing = Un perfil en el directorio público de partners
rule-benefit-silver-client-access = Acceso privilegiado de partner a las cuentas en la nube de los clientes
rule-benefit-silver-support-chat = Un chat de soporte de partner autorizado en las cuentas de los clientes
rule-benefit-silver-marketplace = La publicación de tus aplicaciones en el Marketplace
rule-benefit-silver-portal = Acceso al portal de partners
rule-benefit-gold-nfr-cloud = Suscripciones premium NFR gratuitas en la nube para dos cuentas
rule-benefit-gold-nfr-key = Dos claves de activación NFR on-premise gratuitas
rule-benefit-gold-leads = Leads por correo electrónico y a través de la aplicación Solicitudes de implementación
rule-benefit-gold-featured = Un perfil destacado en el directorio público de partners
rule-benefit-gold-channels = Anuncios en los canales del fabricante (blog, boletines, redes sociales)
rule-benefit-gold-client-access = Acceso privilegiado de partner a las cuentas en la nube de los clientes
rule-benefit-gold-support-chat = Un chat de soporte de partner autorizado en las cuentas de los clientes
rule-benefit-gold-marketplace = La publicación de tus aplicaciones en el Marketplace
rule-benefit-gold-portal = Acceso al portal de partners
rule-benefit-gold-special-offers = Ofertas especiales para un producto o un cliente

# Courses (courses.yaml)
rule-course-tutorial = Tutorial del Programa de Partners
rule-course-tutorial-summary = Videos y pruebas sobre cómo funciona el programa y qué hacen los productos.
rule-course-sales = Curso de Ventas para Partners
rule-course-sales-summary = Cómo vender los productos y llevar una conversación de venta.
rule-course-marketing = Curso de Marketing para Partners
rule-course-marketing-summary = Cómo planificar el marketing, incluida la estructura de un plan de marketing.

# Services (services.yaml)
rule-service-licensing = Licencias y suscripciones
rule-service-licensing-summary = Suscripciones en la nube, claves on-premise, renovaciones y actualizaciones.
rule-service-consulting = Consultoría y servicios de valor añadido
rule-service-consulting-summary = Asesoramiento para elegir, planificar y poner en marcha los productos.
rule-service-hosting = Instalación y alojamiento
rule-service-hosting-summary = Instalación de las ediciones on-premise y su alojamiento.
rule-service-customization = Personalización
rule-service-customization-summary = Adaptación del producto a los procesos del cliente.
rule-service-localization = Localización
rule-service-localization-summary = Traducción y adaptación del producto a otros idiomas.
rule-service-training = Formación
rule-service-training-summary = Formación en línea o presencial para el equipo del cliente.
rule-service-automation = Automatización de flujos de trabajo
rule-service-automation-summary = Automatización de los procesos de negocio y las aprobaciones del cliente.
rule-service-telephony = Telefonía y VoIP
rule-service-telephony-summary = Configuración de telefonía y VoIP.
rule-service-integration = Integración con terceros
rule-service-integration-summary = Conexión del producto con otros sistemas.
rule-service-apps = Desarrollo de aplicaciones
rule-service-apps-summary = Aplicaciones móviles, de escritorio y para el Marketplace.

# Deadline kinds (deadlines.yaml)
rule-deadline-bronze-cutoff = Requisitos de Bronze
rule-deadline-kickstart-expiry = Caducidad del bono Kickstart
rule-deadline-award-expiry = Caducidad del bono Award
rule-deadline-nfr-cloud-expiry = Fin de la suscripción NFR en la nube
rule-deadline-nfr-key-expiry = Caducidad de la clave NFR on-premise
rule-deadline-product-activation = Activación de productos
rule-deadline-annual-review = Revisión anual del nivel
rule-deadline-zero-activity = Suspensión por inactividad total

# What a client can ask for (leads.yaml)
rule-request-kind-purchase = Comprar productos
rule-request-kind-cloud-subscription = Una suscripción en la nube
rule-request-kind-on-premise-key = Una clave de activación on-premise
rule-request-kind-renewal-upgrade = Una renovación o una actualización
rule-request-kind-value-added = Servicios de valor añadido
rule-request-kind-installation-hosting = Instalación o alojamiento
rule-request-kind-customization = Personalización
rule-request-kind-localization = Localización a otros idiomas
rule-request-kind-training = Formación, en línea o presencial
rule-request-kind-workflow-automation = Automatización de flujos de trabajo
rule-request-kind-telephony = Configuración de telefonía o VoIP
rule-request-kind-integration = Integración con otro sistema
rule-request-kind-app-development = Desarrollo de aplicaciones móviles, de escritorio o para el Marketplace

# What a bonus can and cannot pay for (bonuses.yaml), as items of a list
rule-bonus-can-pay-new-cloud-subscriptions = suscripciones en la nube nuevas
rule-bonus-can-pay-new-on-premise-activation-keys = claves de activación on-premise nuevas
rule-bonus-cannot-pay-on-premise-edition-upgrades = actualizaciones de ediciones on-premise
rule-bonus-cannot-pay-on-premise-maintenance-renewals = renovaciones del mantenimiento on-premise
rule-bonus-cannot-pay-archived-cloud-plans = planes en la nube archivados
rule-bonus-cannot-pay-products-for-the-partners-own-use = productos para el uso propio del partner
