export { sanitizeLogo, type SanitizeLogoOptions } from './sanitize-logo';
