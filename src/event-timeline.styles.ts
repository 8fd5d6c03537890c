import { chromeStyles } from './styles/chrome.styles.js';
import { hostStyles } from './styles/host.styles.js';
import { marksStyles } from './styles/marks.styles.js';
import { plotStyles } from './styles/plot.styles.js';

/** The element's stylesheet, in the order the parts appear: host and tokens first. */
export const styles = [hostStyles, chromeStyles, plotStyles, marksStyles];
