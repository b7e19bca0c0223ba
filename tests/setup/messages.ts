// Unit tests render charts, tables and exports in both languages, as the app does once a reader has chosen one:
// the English catalogue, which the app loads on demand (src/app/i18n/messages.ts), is registered for all of them.
import '../../src/app/i18n/messages.en.ts'
