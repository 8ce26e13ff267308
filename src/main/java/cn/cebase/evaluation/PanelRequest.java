package cn.cebase.evaluation;

/** What the authority asks for: how many experts and reserves, for which key field, and optionally the seed. */
public record PanelRequest(String keyField, Integer size, Integer reserves, boolean avoidSameRegion, Long seed) {
}
