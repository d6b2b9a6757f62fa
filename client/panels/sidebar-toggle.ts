// Phones: the legend and filters live behind a button and open as a sheet over the graph (Esc or the button closes it).
/** Wires the toggle button to the sidebar; on wide screens the button is hidden by CSS and the sidebar always shown. */
export function mountSidebarToggle(button: HTMLElement, sidebar: HTMLElement): void {
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('sidebar-open', open);
    button.textContent = open ? 'Close filters' : 'Filters';
  };
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    set(open);
    if (open) sidebar.focus();
  });
  sidebar.tabIndex = -1;
  sidebar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && document.body.classList.contains('sidebar-open')) {
      event.stopPropagation();
      set(false);
      button.focus();
    }
  });
}
