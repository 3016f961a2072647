/** The items of the place menu `menuId` (PlaceMenu.tsx), in order. */
export function menuItems(menuId: string): HTMLElement[] {
  const menu = document.getElementById(menuId);
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}
