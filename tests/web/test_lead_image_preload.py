"""The article page asks for its lead image before the browser meets the
<img>: a preload of the source it will pick, with high priority."""

import re


def preloads(html):
    return re.findall(r'<link rel="preload" as="image"[^>]*>', html)


def test_the_lead_image_is_preloaded_as_the_picture_will_load_it(
    client, make_article, make_image
):
    article = make_article(title="Pictured", lead_image=make_image())
    html = client.get(article.get_absolute_url()).content.decode()

    [preload] = preloads(html)
    source = re.search(
        r'<source type="image/webp" srcset="([^"]+)" sizes="([^"]+)"', html
    )
    assert 'type="image/webp"' in preload and 'fetchpriority="high"' in preload
    assert f'imagesrcset="{source[1]}"' in preload
    assert f'imagesizes="{source[2]}"' in preload
    assert 'fetchpriority="high"' in re.search(r"<img [^>]*>", html)[0]


def test_no_preload_without_a_lead_image(client, make_article):
    article = make_article(title="Plain")
    assert preloads(client.get(article.get_absolute_url()).content.decode()) == []
