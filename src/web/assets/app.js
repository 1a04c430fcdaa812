// GOV.UK Frontend's behaviour (show password, menus). Pages work without it.
import { initAll } from '/assets/govuk/govuk-frontend.min.js'

initAll()
