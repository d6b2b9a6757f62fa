// The status banner over the canvas: loading, errors (API down, bad link) and notices; never a blank page.
import { h, replaceChildren } from './dom.js';

/** What the banner says. */
export type StatusMessage =
  | { kind: 'loading'; text: string }
  | { kind: 'error'; text: string; retry?: () => void }
  | { kind: 'notice'; text: string };

/** Controls the banner in `root`. */
export interface StatusBanner {
  show(message: StatusMessage | null): void;
}

/** Creates the banner. */
export function statusBanner(root: HTMLElement): StatusBanner {
  return {
    show(message) {
      if (!message) {
        root.replaceChildren();
        root.hidden = true;
        return;
      }
      root.hidden = false;
      root.dataset.kind = message.kind;
      root.setAttribute('role', message.kind === 'error' ? 'alert' : 'status');
      const dismiss =
        message.kind === 'notice'
          ? h('button', { type: 'button', class: 'link', onclick: () => this.show(null) }, 'Dismiss')
          : null;
      const retry =
        message.kind === 'error' && message.retry
          ? h('button', { type: 'button', onclick: message.retry }, 'Try again')
          : null;
      replaceChildren(
        root,
        h(
          'p',
          { class: `status-${message.kind}` },
          message.kind === 'loading' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
          message.text,
        ),
        retry,
        dismiss,
      );
    },
  };
}
