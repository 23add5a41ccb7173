# The site's words (layouts, components, pages, the server's problem pages). English is the source:
# every other language's site.ftl has the same messages, with the same variables. Figures arrive as
# variables (numbers, dates) and the message formats them; names from the rules and the content
# (statuses, services, countries, partners) arrive already in the page's language.

## The page shell (site/layouts/Base.astro, site/components/HeaderNav.astro)
# A page's title in the browser tab: the page's own, then the program's name.
site-page-title = { $title } · { $program }
site-skip-link = Skip to content
site-language-nav = Language
site-menu = Menu
site-nav-label = Main
site-nav-partners = Find a partner
site-nav-program = Program
site-nav-statuses = Statuses
site-nav-check = Check eligibility
site-header-search-label = Partners
site-header-search = Search partners
site-search-button = Search
site-footer-program = { $program } by { $vendor } · rules version { $version }
site-footer-sitemap = Sitemap

## Not found (site/pages/404.astro)
site-notfound-title = Page not found
site-notfound-description = This page does not exist.
site-notfound-heading = We couldn't find that page
site-notfound-text = The address may be mistyped, or the page has moved. A partner may have left the directory.
site-notfound-browse = Browse all partners
site-notfound-program = Read how the program works
site-notfound-home = Go to the home page
