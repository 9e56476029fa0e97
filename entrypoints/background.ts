export default defineBackground(() => {
  // Wiring lands with the briefing (badge) and settings broadcast.
});
