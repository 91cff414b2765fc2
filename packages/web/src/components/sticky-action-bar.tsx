import type { ReactNode } from 'react';
import { Flex, Grid, theme } from 'antd';

/**
 * Actions kept at the bottom of the screen while a long form scrolls: on a phone the buttons
 * stay under the thumb. It spans its card, whose side padding it cancels (12 px on a phone,
 * 24 px from the md breakpoint: the card must use the same).
 */
export function StickyActionBar({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  const bleed = Grid.useBreakpoint().md === false ? 12 : 24;
  return (
    <Flex
      gap={12}
      justify="flex-end"
      wrap
      style={{
        position: 'sticky',
        bottom: 0,
        zIndex: 5,
        marginInline: -bleed,
        marginTop: 16,
        padding: `12px ${bleed}px calc(12px + env(safe-area-inset-bottom))`,
        background: token.colorBgContainer,
        borderTop: `1px solid ${token.colorBorderSecondary}`,
        boxShadow: '0 -4px 12px rgba(0, 0, 0, 0.06)',
      }}
    >
      {children}
    </Flex>
  );
}
