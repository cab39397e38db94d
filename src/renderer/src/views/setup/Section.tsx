import { forwardRef, type ReactNode } from 'react'

/** One card of the set-up form, with its heading as the landmark's name. */
export const Section = forwardRef<HTMLElement, { id: string; heading: string; children: ReactNode; aside?: ReactNode }>(
  function Section({ id, heading, children, aside }, ref) {
    return (
      <section ref={ref} className="card setup-section" id={id} aria-labelledby={`${id}-heading`}>
        <div className="setup-section__head">
          <h2 id={`${id}-heading`} className="card__heading setup-section__heading">
            {heading}
          </h2>
          {aside}
        </div>
        {children}
      </section>
    )
  }
)
