package nl.sekswerkregister.common.paginering;

/** A HAL-style link. Hrefs are absolute paths, so they stay right behind any proxy or gateway. */
public record Link(String href) {
}
