# The command-line tools' words in Spanish (content/locales/en/cli.ftl is the source). Plain text;
# partners are addressed with "tú", as in content/docs/es/. Git's words (HEAD, commit, rama) as
# Spanish git users know them.

## npm run eligibility: one partner's standing
cli-standing-title = { $partner } ({ $slug }), a { DAY($date) }
cli-standing-review-kept = Revisión anual del { DAY($date) }: se conserva { $status }
cli-standing-review-missed = Revisión anual del { DAY($date) }: objetivo no alcanzado, baja de { $status } a { $result }
cli-standing-update-file = Actualiza el archivo: status: { $status }, statusSince: { $since }
cli-standing-sales-keep-review = Ventas para conservar { $status } en la revisión del { DAY($date) }: { MONEY($counted) } de { MONEY($target) } (del { DAY($from) } al { DAY($to) }{ $excluded })
cli-standing-sales-keep = Ventas para conservar { $status }: { MONEY($counted) } de { MONEY($target) } (del { DAY($from) } al { DAY($to) }{ $excluded })
cli-standing-sales-next = Ventas para llegar a { $status }: { MONEY($counted) } de { MONEY($target) } (del { DAY($from) } al { DAY($to) }{ $excluded })
cli-standing-sales-excluded = ; no cuentan { MONEY($amount) } en compras propias o de empresas vinculadas
cli-standing-next-step = Siguiente paso: { $advice }
cli-standing-benefits = Beneficios ({ PERCENT($discount) } de descuento):
cli-standing-benefit-pending = { $benefit } (para obtenerlo: { $missing })
cli-standing-keep-probation = Para conservar { $status } tras el primer periodo (a más tardar el { DAY($date) }): { $state }
cli-standing-keep-review = Para conservar { $status } en la revisión anual del { DAY($date) }: { $state }
cli-standing-all-met = todo cumplido
cli-standing-not-met = todavía no se cumple
cli-standing-next = Para subir a { $status }: { $state }
cli-standing-next-again = Para volver a subir a { $status }: { $state }
cli-standing-qualifies = se cumplen todos los requisitos; solicita el ascenso
cli-standing-not-qualified = { $unmet ->
        [one] falta { $unmet } de { $total } requisitos
       *[other] faltan { $unmet } de { $total } requisitos
    }
cli-standing-top = { $status } es el nivel más alto.
cli-standing-progress = { $current } de { $target }
cli-standing-window = (del { DAY($from) } al { DAY($to) })
cli-standing-todo = falta: { $items }
cli-standing-advice = consejo: { $advice }
cli-standing-if-missed = si no se cumple: { $consequence }
cli-standing-on-the-day = ese día: { $consequence }
cli-standing-upcoming = Próximos plazos:
cli-standing-no-upcoming = No hay plazos próximos.
cli-standing-passed = Vencidos en los últimos { $days } días:
cli-standing-deadline = { $name }: { $subject }
cli-standing-deadline-done = { $name }: { $subject } (hecho)
cli-standing-days = { $days ->
        [0] hoy
        [one] en { $days } día
       *[other] en { $days } días
    }
cli-standing-days-ago = { $days ->
        [one] hace { $days } día
       *[other] hace { $days } días
    }

## npm run impact: what a content change does
cli-impact-title = Impacto del cambio de contenido
cli-impact-compared = { $before } → { $after }, partners evaluados a { DAY($date) }.
# The sides also open a line ("Directorio de trabajo: 5 problemas; …"), so they start in upper case.
cli-impact-side-ref = { $ref } ({ $sha })
cli-impact-side-merge-base = Base de fusión con { $main } ({ $sha })
cli-impact-side-head = HEAD ({ $sha })
cli-impact-side-working-tree = Directorio de trabajo
cli-impact-note-on-main = Estás en main, así que no hay una base de fusión con main con la que comparar: se compara con HEAD, el último commit. Indica una referencia para comparar con otro commit, por ejemplo npm run impact -- HEAD~1.
cli-impact-note-no-main = Aquí no hay ninguna rama main ni origin/main: se compara con HEAD, el último commit. Indica una referencia para comparar con otro commit.
cli-impact-note-no-history = Esta rama no comparte historial con { $main }: se compara con HEAD, el último commit. Indica una referencia para comparar con otro commit.

cli-impact-problems = Problemas
cli-impact-problems-now = { $side }: { $count ->
        [one] { $count } problema; la comprobación del contenido falla hasta que se corrija.
       *[other] { $count } problemas; la comprobación del contenido falla hasta que se corrijan.
    }
cli-impact-problems-before = { $side }: antes { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }; los archivos con problemas solo se comparan en lo que se pudo leer.
cli-impact-problems-before-fixed = { $side }: antes { $count ->
        [one] { $count } problema, ya corregido
       *[other] { $count } problemas, ya todos corregidos
    }; los archivos con problemas solo se comparan en lo que se pudo leer.
cli-impact-problems-more = y { $count } más: ejecuta npm run check para verlos todos
cli-impact-warnings = Advertencias
cli-impact-warnings-now = { $side }: { $count ->
        [one] { $count } advertencia, que merece un vistazo
       *[other] { $count } advertencias, que merecen un vistazo
    }, aunque la comprobación del contenido pasa.
cli-impact-private-problem = tiene un problema (datos privados: ejecuta npm run check para verlo)
cli-impact-private-warning = tiene una advertencia (datos privados: ejecuta npm run check para verla)
cli-impact-not-compared = No se comparan los partners ni su situación: las reglas de uno de los lados no se pudieron leer. Corrige primero los problemas de arriba.

cli-impact-attention = Atención
cli-impact-because-both = tras los cambios en su archivo y en las reglas
cli-impact-because-file = tras los cambios en su archivo
cli-impact-because-rules = con las reglas modificadas
cli-impact-attention-lapse = { $partner } queda cancelado { $because }: el { DAY($date) } no se cumplen los requisitos de { $status }.
cli-impact-attention-review = { $partner } baja de { $before } a { $after } { $because }: no supera la revisión anual del { DAY($date) }. Su archivo todavía dice { $recorded }.
cli-impact-attention-review-listed = { $partner } baja de { $before } a { $after } { $because }: no supera la revisión anual del { DAY($date) }. Su archivo todavía dice { $recorded }, así que el directorio lo muestra como { $recorded } hasta que se actualice el archivo.
cli-impact-attention-leaves = { $partner } sale del directorio público: { $reason }.
cli-impact-attention-at-risk-review = { $partner } ya no alcanza el objetivo anual para conservar { $status } en la revisión del { DAY($date) } { $because }. Falta: { $items }.
cli-impact-attention-at-risk-probation = { $partner } ya no cumple los requisitos de { $status } que vencen el { DAY($date) } { $because }. Falta: { $items }.
cli-impact-cancelled = cancelado
cli-impact-leave-removed = su archivo se ha eliminado
cli-impact-leave-problems = su archivo tiene problemas
cli-impact-leave-status = su archivo ahora dice { $status }
cli-impact-leave-rules = las reglas modificadas ya no incluyen en el directorio a los partners { $status }
cli-impact-enter-added = un partner { $status } nuevo
cli-impact-enter-status = su archivo ahora dice { $status }
cli-impact-enter-rules = las reglas modificadas incluyen en el directorio a los partners { $status }

cli-impact-summary = Resumen
cli-impact-summary-rules = { $values ->
        [one] { $values } valor de las reglas cambiado
       *[other] { $values } valores de las reglas cambiados
    } en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }
cli-impact-summary-partners = partners: { $changes }
cli-impact-summary-added = { $count ->
        [one] { $count } añadido
       *[other] { $count } añadidos
    }
cli-impact-summary-removed = { $count ->
        [one] { $count } eliminado
       *[other] { $count } eliminados
    }
cli-impact-summary-changed = { $count ->
        [one] { $count } modificado
       *[other] { $count } modificados
    }
cli-impact-summary-directory = directorio: { $in ->
        [one] { $in } alta
       *[other] { $in } altas
    }, { $out ->
        [one] { $out } baja
       *[other] { $out } bajas
    }
cli-impact-summary-standings = { $count ->
        [one] { $count } partner con cambios en su situación o sus plazos
       *[other] { $count } partners con cambios en su situación o sus plazos
    }
cli-impact-summary-reminders = recordatorios: { $added ->
        [one] { $added } nuevo
       *[other] { $added } nuevos
    }, { $cancelled ->
        [one] { $cancelled } cancelado
       *[other] { $cancelled } cancelados
    }
cli-impact-summary-none = No cambia nada en los partners, las reglas ni su situación.

cli-impact-rules = Reglas
cli-impact-rule-none = (nada)
cli-impact-version-not-bumped = program.yaml todavía indica la versión { $version }, vigente desde { $effective }: actualiza las dos con cada cambio de reglas.

cli-impact-partners = Partners
cli-impact-partner-added = añadido: { $partner }, { $status }, fuera del directorio
cli-impact-partner-added-listed = añadido: { $partner }, { $status }, en el directorio
cli-impact-partner-removed = eliminado: { $partner }, era { $status }
cli-impact-partner-changed = modificado: { $partner }: { $fields }
cli-impact-partner-broken-now = sin comparar: { $partner }: su archivo tiene problemas ahora
cli-impact-partner-broken-before = sin comparar: { $partner }: su archivo tenía problemas antes
cli-impact-fields-only = Se nombran los campos modificados, nunca sus valores: los archivos contienen datos privados.

cli-impact-directory = Directorio público
cli-impact-directory-in = entra: { $partner }: { $reason }
cli-impact-directory-out = sale: { $partner }: { $reason }

cli-impact-standing = Situación a { DAY($date) }
cli-impact-status = nivel: { $before } → { $after } ({ $why })
cli-impact-why-file = el nivel de su archivo ha cambiado
cli-impact-why-review = no supera la revisión anual del { DAY($date) }; el archivo todavía dice { $status }
cli-impact-why-lapse = el { DAY($date) } no se cumplen los requisitos de { $status }
cli-impact-why-restored = lo que se lo quitó el { DAY($date) } ya no se lo quita
cli-impact-why-restored-undated = lo que se lo quitó ya no se lo quita
cli-impact-discount = descuento: { PERCENT($before) } → { PERCENT($after) }
cli-impact-keep-review = conservar { $status } en la revisión anual del { DAY($date) }: { $before } → { $after }
cli-impact-keep-review-moved = conservar { $status } en la revisión anual ({ DAY($from) } → { DAY($to) }): { $before } → { $after }
cli-impact-keep-probation = conservar { $status } tras el primer periodo, el { DAY($date) }: { $before } → { $after }
cli-impact-keep-probation-moved = conservar { $status } tras el primer periodo ({ DAY($from) } → { DAY($to) }): { $before } → { $after }
cli-impact-met = cumplido
cli-impact-next = subir a { $status }: { $before } → { $after }
cli-impact-qualifies = cumple los requisitos
cli-impact-deadline = plazo «{ $name }»: { $before } → { $after }
cli-impact-day-passed = { DAY($date) } (vencido)
cli-impact-no-day = ninguno

cli-impact-reminders = Recordatorios desde el { DAY($date) }
cli-impact-reminders-counts = Nuevos: { $added }. Cancelados: { $cancelled }.
cli-impact-reminder-new = nuevo: { $partner }: { $kind } el { DAY($date) }, recordatorios el { $days }
cli-impact-reminder-cancelled = cancelado: { $partner }: { $kind } el { DAY($date) }, recordatorios el { $days }
cli-impact-fold-partners = { $count } partners
cli-impact-fold-reminders = { $count } líneas de recordatorios
