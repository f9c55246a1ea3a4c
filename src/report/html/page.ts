import { VERSION } from '../../version';
import { escapeHtml } from './escape';
import { REPORT_CSS } from './styles';

/**
 * A whole self-contained HTML page around `body`: the report's stylesheet inline, nothing
 * fetched, the routelab version as the generator. Every page routelab writes (the experiment
 * report, the staffing plan, the replay) uses it, so they look and print alike.
 *
 * @param title - the page title (plain text; escaped here)
 * @param body - the body's parts, in order (HTML), joined by newlines
 */
export function htmlPage(title: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="routelab ${escapeHtml(VERSION)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
